import { useMemo, useState } from 'react';
import { browserTemplateLanguage, t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { Client } from '@/lib/clients/client-schema';
import type { DayPlan } from '@/lib/gaps/find-gaps';
import { freeSlotsAfter, showsDaysAfter } from '@/lib/gaps/free-slots';
import { formatMinutes } from '@/lib/gaps/format';
import { gmailComposeUrl, gmailPathOfCalendar } from '@/lib/gmail/routes';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { useTemplates } from '@/lib/hooks/use-templates';
import { copyText } from '@/lib/page/page-actions';
import type { CalendarEventItem } from '@/lib/page/protocol';
import { defaultSettings } from '@/lib/settings/settings';
import { categoryLabelKey } from '@/lib/templates/labels';
import { defaultFieldValues, renderTemplate, type RenderContext } from '@/lib/templates/render';
import { filterTemplates } from '@/lib/templates/search';
import { describeMoment } from '@/lib/templates/slot-list';

interface Props {
  event: CalendarEventItem;
  client: Client;
  /** The days on screen, whose free time the slots come from. */
  plans: DayPlan[];
  /** Calendar's account path: the Gmail compose opens in the same account. */
  accountPath: string;
}

// Rows for a text in the sidebar's width (about 40 characters a line), where the browser cannot size the box to its content.
const rowsFor = (text: string) =>
  text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 40)), 0) + 1;

/**
 * "Propose another slot" for a client's event on a fully booked day: the client's own message
 * (their language and tu/vous, from their card) listing real free slots later in the week,
 * ready to copy or to open as a new email in Gmail. Calendar has no reply box to write into.
 */
export function SlotProposal({ event, client, plans, accountPath }: Props) {
  const settings = useSettingsContext()?.settings ?? defaultSettings;
  const { list, error } = useTemplates();
  const [edited, setEdited] = useState<string>();
  const [status, setStatus] = useState<MessageKey>();
  const agreement = client.agreement;
  const onlyLanguage = settings.languages?.length === 1 ? settings.languages[0] : undefined;
  const language = agreement?.language ?? onlyLanguage ?? browserTemplateLanguage();
  const address = client.addresses[0];

  const proposal = useMemo(() => {
    const now = Date.now();
    const slots = freeSlotsAfter(plans, { event, bufferMinutes: settings.gaps.minBufferMinutes, now });
    const template = list
      ? filterTemplates(
          list.templates,
          { query: '', category: 'reschedule', language, formality: agreement?.formality },
          (category) => t(categoryLabelKey[category]),
        )[0]
      : undefined;
    if (slots.length === 0 || !template) return { slots, template };
    const today = new Date(now);
    const context: RenderContext = {
      client: { name: client.name, email: address ?? '' },
      me: { name: settings.myName, signature: settings.signature },
      today,
      week: { workDays: settings.workDays, daysOff: settings.daysOff },
      workHours: settings.gaps.workHours,
      agreement: { ...agreement, weeklyHours: settings.hours.byClient[client.id]?.weekHours ?? null },
      freeSlots: slots,
    };
    const values = { ...defaultFieldValues(template, context), when: describeMoment(event.start, language, today) };
    return { slots, template, rendered: renderTemplate(template, context, values) };
  }, [plans, event, settings, list, language, agreement, client, address]);

  const heading = t('proposeSlotHeading', client.name);
  let content;
  if (!showsDaysAfter(plans, event)) content = <p role="status">{t('proposeSlotWeekView')}</p>;
  else if (proposal.slots.length === 0)
    content = (
      <p role="status">{t('proposeSlotNone', formatMinutes((event.end - event.start) / 60_000, uiLanguage()))}</p>
    );
  else if (!proposal.rendered)
    content = list ? <p className="error">{t('proposeSlotNoTemplate')}</p> : error && <p className="error">{error}</p>;
  else {
    const { subject } = proposal.rendered;
    const body = edited ?? proposal.rendered.body;
    content = (
      <>
        <p className="proposal-subject">
          <span className="muted">{t('proposalSubject')}</span> <span data-field="proposal-subject">{subject}</span>
        </p>
        {/* Editable before it is copied or opened; as tall as its text, no scroll inside the sidebar's. */}
        <textarea
          aria-label={heading}
          value={body}
          rows={rowsFor(body)}
          onChange={(change) => setEdited(change.target.value)}
        />
        <div className="actions">
          <button
            type="button"
            onClick={() => void copyText(body).then((ok) => setStatus(ok ? 'copied' : 'copyMessageFailed'))}
          >
            {t('copyButton')}
          </button>
          {/* A new tab: Calendar stays where it is, and its page opens no link of another site. */}
          {address && (
            <a
              href={gmailComposeUrl(gmailPathOfCalendar(accountPath), { to: address, subject, body })}
              target="_blank"
              rel="noreferrer"
            >
              {t('openInGmail')}
            </a>
          )}
        </div>
        {!address && <p className="muted">{t('proposeSlotNoAddress', client.name)}</p>}
        {status && (
          <p role="status" className={status === 'copied' ? 'ok' : 'error'}>
            {t(status)}
          </p>
        )}
      </>
    );
  }
  return (
    <section className="slot-proposal" aria-label={heading}>
      {content}
    </section>
  );
}
