import { t } from '@/lib/i18n';
import { statusLabelKey } from '@/lib/clients/labels';
import type { Person } from '@/lib/clients/person';
import { useClientCard } from '@/lib/hooks/use-client-card';

/** The client's status dot on the folded rail, named for screen readers and on hover. */
function RailStatus({ person }: { person: Person }) {
  const { card } = useClientCard(person.email);
  if (!card) return null;
  const label = t('railStatus', [card.client.name, t(statusLabelKey(card.client.status))]);
  return (
    <span
      className={`status-dot status-${card.client.status}`}
      role="img"
      aria-label={label}
      title={label}
      data-field="rail-status"
    />
  );
}

interface Props {
  /** Whom the page's view is about (the thread's other party, or the compose's recipient). */
  person?: Person;
  onUnfold(): void;
  /** Opens the template picker, unfolded for now; absent where there are no templates (Calendar). */
  onTemplates?(): void;
}

/** The folded sidebar: unfold, the client's status, and the templates one click away. */
export function SidebarRail({ person, onUnfold, onTemplates }: Props) {
  return (
    <aside className="sidebar sidebar-rail" aria-label={t('extName')}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('expandSidebar')}
        title={t('expandSidebar')}
        onClick={onUnfold}
      >
        <span aria-hidden="true">‹</span>
      </button>
      {person && <RailStatus key={person.email} person={person} />}
      {onTemplates && (
        <button
          type="button"
          className="icon-button"
          aria-label={t('railTemplates')}
          title={t('railTemplates')}
          onClick={onTemplates}
        >
          <span aria-hidden="true">✉</span>
        </button>
      )}
    </aside>
  );
}
