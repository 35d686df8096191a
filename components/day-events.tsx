import { useState } from 'react';
import { t, uiLanguage } from '@/lib/i18n';
import { clientNamedIn } from '@/lib/clients/client-in-text';
import type { Client } from '@/lib/clients/client-schema';
import type { DayPlan } from '@/lib/gaps/find-gaps';
import { useTimerContext } from '@/lib/hooks/use-timer';
import type { CalendarEventItem } from '@/lib/page/protocol';
import { SlotProposal } from './slot-proposal';

/** On a fully booked day: what "Propose another slot" needs to find the client and the free time. */
export interface SlotOffer {
  clients: Client[];
  plans: DayPlan[];
  accountPath: string;
}

interface Props {
  events: CalendarEventItem[];
  /** Given on a fully booked day only: each client event to come there offers another slot. */
  offer?: SlotOffer;
}

/**
 * A day's timed events, each with "Track time": a timer with its title and client from its
 * start (an event over is added whole), and a word that it was done. On a fully booked day, a
 * client's event to come also offers "Propose another slot".
 */
export function DayEvents({ events, offer }: Props) {
  const timer = useTimerContext();
  const [tracked, setTracked] = useState<ReadonlySet<string>>(new Set());
  const [proposing, setProposing] = useState<string>();
  if (!timer || events.length === 0) return null;
  const time = new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit' });
  const track = async (event: CalendarEventItem, key: string) => {
    if (await timer.startFromEvent(event)) setTracked((done) => new Set(done).add(key));
  };
  const now = Date.now();
  return (
    <ul className="day-events" aria-label={t('dayEventsLabel')}>
      {events.map((event) => {
        const title = event.title || t('eventNoTitle');
        const key = `${event.id}-${event.start}`;
        // The same matcher as "Track time" (in the background): the client the title names.
        const client = offer && event.start > now ? clientNamedIn(event.title, offer.clients) : undefined;
        return (
          <li key={key}>
            <div className="event-row">
              <span>
                {time.formatRange(event.start, event.end)} · {title}
              </span>
              {tracked.has(key) ? (
                <span className="muted" role="status">
                  {t('eventTracked')}
                </span>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('trackEventLabel', title)}
                  onClick={() => void track(event, key)}
                >
                  {t('trackEvent')}
                </button>
              )}
            </div>
            {/* On a line of its own: the event's row keeps its title and "Track time" side by side. */}
            {client && offer && (
              <>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('proposeSlotLabel', title)}
                  aria-expanded={proposing === key}
                  onClick={() => setProposing(proposing === key ? undefined : key)}
                >
                  {t('proposeSlot')}
                </button>
                {proposing === key && (
                  <SlotProposal event={event} client={client} plans={offer.plans} accountPath={offer.accountPath} />
                )}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
