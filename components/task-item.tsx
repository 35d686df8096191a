import type { DragEvent } from 'react';
import { t, uiLanguage } from '@/lib/i18n';
import type { Step } from '@/lib/tasks/board';
import { gmailThreadUrl } from '@/lib/gmail/routes';
import { formatMinutes } from '@/lib/gaps/format';
import type { Task } from '@/lib/tasks/task';
import { PageLink } from './page-link';

interface Props {
  task: Task;
  clientName?: string;
  /** The steps that lead somewhere from where the task is, with the label of each. */
  steps: Partial<Record<Step, string>>;
  onStep(step: Step): void;
  /** Another task dropped on this one with the mouse: before it, or after it (lower half). */
  onDropHere?(draggedId: string, after: boolean): void;
  onDone(done: boolean): void;
  onEdit(): void;
  onDelete(): void;
}

const KEY_STEPS: Record<string, Step> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'previous-bucket',
  ArrowRight: 'next-bucket',
};
const STEP_ICONS: Record<Step, string> = { up: '↑', down: '↓', 'previous-bucket': '⇡', 'next-bucket': '⇣' };

// What a dragged task carries: its id, under a type of Leeway's own (text dropped from
// elsewhere, a link or a selection, is no task).
const TASK_DRAG_TYPE = 'application/x-leeway-task';

/** Lets a task be dropped here (the browser refuses a drop unless dragover is cancelled). */
export function acceptTaskDrag(event: DragEvent): void {
  if (!event.dataTransfer.types.includes(TASK_DRAG_TYPE)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'move';
}

/** The id of the task dropped, if a task it is. */
export function draggedTask(event: DragEvent): string | undefined {
  const id = event.dataTransfer.getData(TASK_DRAG_TYPE);
  if (!id) return undefined;
  event.preventDefault();
  return id;
}

export const formatDay = (day: string) =>
  new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${day}T12:00:00`),
  );

/** One task: done box, what and for whom, its thread, and the controls that move, edit, delete it. */
/** The id of a task's move handle, which keeps the focus wherever the task goes. */
export const handleId = (taskId: string): string => `leeway-handle-${taskId}`;

export function TaskItem({ task, clientName, steps, onStep, onDropHere, onDone, onEdit, onDelete }: Props) {
  const language = uiLanguage();
  const movable = !task.done && onDropHere;
  return (
    <li
      className={`task-item${task.done ? ' done' : ''}`}
      data-task-id={task.id}
      draggable={movable ? true : undefined}
      onDragStart={(event) => {
        if (!movable) return;
        event.dataTransfer.setData(TASK_DRAG_TYPE, task.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={movable ? acceptTaskDrag : undefined}
      onDrop={(event) => {
        if (!movable) return;
        const id = draggedTask(event);
        if (!id) return;
        // Handled here: the bucket around would otherwise put it at its end.
        event.stopPropagation();
        const box = event.currentTarget.getBoundingClientRect();
        if (id !== task.id) onDropHere(id, event.clientY > box.top + box.height / 2);
      }}
    >
      <div className="task-line">
        {!task.done && (
          <button
            type="button"
            className="icon-button task-handle"
            id={handleId(task.id)}
            data-handle={task.id}
            aria-label={t('moveTaskHandle', task.title)}
            aria-describedby="leeway-move-help"
            onKeyDown={(event) => {
              const step = KEY_STEPS[event.key];
              if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
              event.preventDefault();
              if (steps[step]) onStep(step);
            }}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <label className="check task-title">
          <input type="checkbox" checked={task.done} onChange={(e) => onDone(e.target.checked)} />
          <span>{task.title}</span>
        </label>
      </div>
      <div className="task-meta muted">
        {clientName && <span data-field="client">{clientName}</span>}
        {task.due && <span data-field="due">{t('taskDueOn', formatDay(task.due))}</span>}
        {task.plannedFor && <span data-field="planned">{t('taskPlannedFor', formatDay(task.plannedFor))}</span>}
        {task.estimateMinutes > 0 && <span data-field="estimate">{formatMinutes(task.estimateMinutes, language)}</span>}
        {task.thread && (
          <PageLink href={gmailThreadUrl(task.thread.accountPath, task.thread.threadId)}>
            {task.thread.subject || t('noThreadSubject')}
          </PageLink>
        )}
      </div>
      {task.note && <p className="note">{task.note}</p>}
      <div className="task-actions">
        {(Object.keys(STEP_ICONS) as Step[]).map(
          (step) =>
            steps[step] && (
              <button
                key={step}
                type="button"
                className="icon-button"
                aria-label={steps[step]}
                title={steps[step]}
                onClick={() => onStep(step)}
              >
                <span aria-hidden="true">{STEP_ICONS[step]}</span>
              </button>
            ),
        )}
        <button type="button" className="link-button" onClick={onEdit} aria-label={t('editTaskNamed', task.title)}>
          {t('editTask')}
        </button>
        <button type="button" className="link-button" onClick={onDelete} aria-label={t('deleteTaskNamed', task.title)}>
          {t('deleteTask')}
        </button>
      </div>
    </li>
  );
}
