import { useEffect, useMemo, useRef, useState } from 'react';
import { browserTemplateLanguage, t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Emitter } from '@/lib/emitter';
import { errorMessage } from '@/lib/error-message';
import type { InsertOutcome } from '@/lib/gmail/composer';
import { copyText, type PageActions } from '@/lib/page/page-actions';
import { useTemplates } from '@/lib/hooks/use-templates';
import { categoryLabelKey } from '@/lib/templates/labels';
import type { RenderContext, RenderedTemplate } from '@/lib/templates/render';
import { filterTemplates } from '@/lib/templates/search';
import type { TemplateEntry } from '@/lib/templates/stored-template';
import type { TemplateCategory, TemplateFormality, TemplateLanguage } from '@/lib/templates/template';
import type { Person } from '@/lib/clients/person';
import type { ClientAgreement } from '@/lib/clients/agreement';
import { recipientOf, type InsertTarget } from './insert-target';
import { EndingChecklist } from './ending-checklist';
import { TemplateForm } from './template-form';
import { TemplateListProblems } from './template-list-problems';
import { CategorySelect, LanguageSelect } from './template-selects';
import { TemplateList, templateOptionId } from './template-list';

interface Props {
  actions: PageActions;
  /** Where Insert puts the text, and for whom; the context's client is that person. */
  target: InsertTarget;
  /** Changes when the user moves to another thread or leaves it. */
  threadKey?: string;
  /** Everything but today, which is read when a template is opened. */
  context: Omit<RenderContext, 'today'>;
  /** The client's language (their card), else the thread's, else the browser's. */
  language?: TemplateLanguage;
  /** How the client is addressed in French (their card); vous when unknown. */
  formality?: TemplateFormality;
  /** What the user asks from elsewhere: the search box (the compose shortcut), a situation's template. */
  requests: Pick<Emitter<PickerRequest>, 'subscribe'>;
  /** Opens the text as a new email (a request with `newDraft`), addressed to `to`. */
  onNewDraft?(rendered: RenderedTemplate, to?: string): Promise<void>;
}

/**
 * Focus the search box (the shortcut from a compose box), or open the category's template, its
 * fields filled with `values` (by field id) where given (a client card's suggestion, a delay
 * notice); `newDraft`: its text goes to a new email, never into the thread (ending the engagement),
 * addressed to `to` when given (a client with no thread on screen), else to the target's person.
 */
/** Whom a new email goes to when it is not the target's person, and what was agreed with them. */
export interface DraftRecipient {
  person: Person;
  agreement?: ClientAgreement;
}

export type PickerRequest =
  | { kind: 'focus' }
  | {
      kind: 'open';
      category: TemplateCategory;
      values?: Record<string, string>;
      newDraft?: boolean;
      to?: DraftRecipient;
    };

type Status = {
  key: 'insertedMessage' | 'copiedNoCompose' | 'copyFailed' | 'copied' | 'storageFull' | 'newDraftOpened';
  tone: 'ok' | 'error';
};

function statusOf(outcome: InsertOutcome, copied: boolean): Status {
  if (outcome.inserted) return { key: 'insertedMessage', tone: 'ok' };
  return copied ? { key: 'copiedNoCompose', tone: 'ok' } : { key: 'copyFailed', tone: 'error' };
}

/** Find a template, fill it in, preview, insert: all from the keyboard if the user wants. */
// About half a second of frames on screen: enough for a busy machine, too short to surprise.
const FOCUS_TRIES = 30;

export function TemplatePicker({
  actions,
  target,
  threadKey,
  context,
  language,
  formality,
  requests,
  onNewDraft,
}: Props) {
  const { list, error } = useTemplates();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<TemplateCategory | ''>('');
  const [chosenLanguage, setLanguage] = useState<TemplateLanguage>();
  const [activeIndex, setActiveIndex] = useState(0);
  const [open, setOpen] = useState<{
    template: TemplateEntry;
    today: Date;
    values?: Record<string, string>;
    newDraft?: boolean;
    to?: DraftRecipient;
  }>();
  const [status, setStatus] = useState<Status>();
  const search = useRef<HTMLInputElement>(null);

  const effectiveLanguage = chosenLanguage ?? language ?? browserTemplateLanguage();
  const matches = useMemo(
    () =>
      filterTemplates(
        list?.templates ?? [],
        { query, category: category || undefined, language: effectiveLanguage, formality },
        (c) => t(categoryLabelKey[c]),
      ),
    [list, query, category, effectiveLanguage, formality],
  );
  const active = Math.min(activeIndex, Math.max(matches.length - 1, 0));

  // A request is answered with the list and language shown when it arrives.
  const shown = useRef({ list, effectiveLanguage, formality });
  shown.current = { list, effectiveLanguage, formality };
  useEffect(() => {
    let frame = 0;
    const onFocus = () => search.current?.focus();
    const stopFocusing = () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('focus', onFocus);
    };
    const stop = requests.subscribe((request) => {
      if (request.kind === 'open') {
        const shownNow = shown.current;
        // Written to someone else than the thread's client: in their language, tu or vous.
        const language = request.to?.agreement?.language ?? shownNow.effectiveLanguage;
        const formality = request.to ? request.to.agreement?.formality : shownNow.formality;
        const [template] = filterTemplates(
          shownNow.list?.templates ?? [],
          { query: '', category: request.category, language, formality },
          () => '',
        );
        if (template) choose(template, request.values, request.newDraft, request.to);
        return;
      }
      stopFocusing();
      setOpen(undefined);
      // The page shows and focuses the frame in its own process: this request can arrive before
      // the frame knows it is on screen, when nothing in it can take the focus yet. Try again at
      // each frame (frames run only once it is shown) until the search box has it, briefly.
      let tries = 0;
      const take = () => {
        window.focus();
        search.current?.focus();
        if (document.hasFocus() && document.activeElement === search.current) return;
        if (++tries < FOCUS_TRIES) frame = requestAnimationFrame(take);
      };
      take();
      window.addEventListener('focus', onFocus, { once: true });
    });
    return () => {
      stop();
      stopFocusing();
    };
  }, [requests]);

  // Another thread (or none): a form opened for the previous one closes.
  useEffect(() => {
    setOpen(undefined);
    setStatus(undefined);
  }, [threadKey]);
  // The open form follows the context, so that it fills the text for the compose it goes into
  // even when the user moves to another compose while it is open.
  // A new email to someone else than the target's person is written for them.
  const formContext = useMemo(
    () =>
      open &&
      (open.to
        ? {
            ...context,
            client: open.to.person,
            agreement: open.to.agreement,
            threadSubject: undefined,
            today: open.today,
          }
        : { ...context, today: open.today }),
    [context, open],
  );

  function choose(template: TemplateEntry, values?: Record<string, string>, newDraft?: boolean, to?: DraftRecipient) {
    setStatus(undefined);
    setOpen({ template, today: new Date(), values, newDraft, to });
  }
  // Back from a form, the search field takes the focus again once it is on screen.
  const focusSearchOnReturn = useRef(false);
  useEffect(() => {
    if (open || !focusSearchOnReturn.current) return;
    focusSearchOnReturn.current = false;
    search.current?.focus();
  }, [open]);
  const back = () => {
    focusSearchOnReturn.current = true;
    setOpen(undefined);
  };
  const insert = async (template: TemplateEntry, rendered: RenderedTemplate) => {
    if (open?.newDraft && onNewDraft) {
      await onNewDraft(rendered, (open.to?.person ?? recipientOf(target))?.email).then(
        () => setStatus({ key: 'newDraftOpened', tone: 'ok' }),
        () => setStatus({ key: 'copyFailed', tone: 'error' }),
      );
      setOpen(undefined);
      void sendMessage('recordTemplateUse', { id: template.id }).catch(() => undefined);
      return;
    }
    // A page that is gone (reloaded, closed) takes nothing: the text is copied instead.
    const outcome = await actions
      .insert(rendered.body, rendered.subject, rendered.unsignedBody)
      .catch((): InsertOutcome => ({ inserted: false }));
    // With no compose to write into, the text goes to the clipboard, from this view.
    setStatus(statusOf(outcome, !outcome.inserted && (await copyText(rendered.body))));
    setOpen(undefined);
    // Only ranks the list: a count lost while the background restarts is no error for the user,
    // but a full disk is, since every other save fails too.
    if (outcome.inserted)
      void sendMessage('recordTemplateUse', { id: template.id }).catch((err: unknown) => {
        if (errorMessage(err) === t('storageFull')) setStatus({ key: 'storageFull', tone: 'error' });
      });
  };
  const copy = async (rendered: RenderedTemplate) => {
    setStatus((await copyText(rendered.body)) ? { key: 'copied', tone: 'ok' } : { key: 'copyFailed', tone: 'error' });
  };

  return (
    <section aria-labelledby="leeway-templates-heading" className="templates">
      <h2 id="leeway-templates-heading">{t('templatesHeading')}</h2>
      {status && (
        <p role="status" className={status.tone === 'error' ? 'error' : 'ok'}>
          {t(status.key)}
        </p>
      )}
      <TemplateListProblems list={list} error={error} />
      {open && formContext ? (
        <>
          {open.newDraft && onNewDraft && open.template.category === 'ending' && <EndingChecklist />}
          <TemplateForm
            key={open.template.id}
            template={open.template}
            prefill={open.values}
            context={formContext}
            target={
              open.newDraft && onNewDraft
                ? { where: 'new-draft', recipient: open.to?.person ?? recipientOf(target) }
                : target
            }
            onInsert={(rendered) => void insert(open.template, rendered)}
            onCopy={(rendered) => void copy(rendered)}
            onBack={back}
          />
        </>
      ) : (
        <>
          <input
            ref={search}
            type="search"
            className="search"
            role="combobox"
            aria-label={t('templateSearch')}
            placeholder={t('templateSearch')}
            aria-expanded="true"
            aria-controls="leeway-template-list"
            aria-activedescendant={matches[active] ? templateOptionId(matches[active].id) : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActiveIndex(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') setActiveIndex(Math.min(active + 1, matches.length - 1));
              else if (event.key === 'ArrowUp') setActiveIndex(Math.max(active - 1, 0));
              else if (event.key === 'Enter' && matches[active]) choose(matches[active]);
              else if (event.key === 'Escape') actions.returnToCompose();
              else return;
              event.preventDefault();
            }}
          />
          <div className="filters">
            <CategorySelect value={category} onChange={setCategory} anyLabel={t('templateCategoryAll')} />
            <LanguageSelect value={effectiveLanguage} onChange={setLanguage} />
          </div>
          {list ? (
            <TemplateList templates={matches} activeIndex={active} onChoose={choose} />
          ) : (
            !error && <p className="muted">{t('templatesLoading')}</p>
          )}
          <p className="muted hint">{t('shortcutHint')}</p>
        </>
      )}
    </section>
  );
}
