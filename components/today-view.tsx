import { useEffect, useMemo, useState } from 'react';
import { format } from 'date-fns';
import { t, uiLanguage } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { useTasks } from '@/lib/hooks/use-tasks';
import { formatMinutes } from '@/lib/gaps/format';
import { placeOf, stepPlace, toBoard, type Board, type Place, type Step } from '@/lib/tasks/board';
import { buckets, type Task, type TaskInput } from '@/lib/tasks/task';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { defaultSettings } from '@/lib/settings/settings';
import { MorningSort } from './morning-sort';
import { TaskForm } from './task-form';
import { UnexpectedFlow, type DelayNotice, type UnexpectedStart } from './unexpected-flow';
import { acceptTaskDrag, draggedTask, handleId, TaskItem } from './task-item';
import { bucketLabelKey } from './task-labels';
import { OutFlow } from './out-flow';

interface Props {
  /** A task to start from ("Make this a task" in a thread); the form opens with it. */
  draft?: TaskInput;
  onDraftDone?(): void;
  /** "Something unexpected" from a thread: the flow opens with it. */
  unexpected?: UnexpectedStart;
  /** Opens a moved task's delay notice, where a template picker can show it (Gmail). */
  onDelayNotice?(notice: DelayNotice): void;
  /** The first visit of the working day: the morning sort opens above the buckets. */
  morning?: boolean;
  onMorningDone?(): void;
}

const EMPTY: TaskInput = { title: '', bucket: 'important', estimateMinutes: 30, note: '' };

/** The labels of the steps that lead somewhere from where a task sits. */
function stepLabels(board: Board, id: string): Partial<Record<Step, string>> {
  const labels: Partial<Record<Step, string>> = {};
  const place = placeOf(board, id);
  if (!place) return labels;
  const near = (offset: number) => buckets[buckets.indexOf(place.bucket) + offset];
  if (stepPlace(board, id, 'up')) labels.up = t('moveTaskUp');
  if (stepPlace(board, id, 'down')) labels.down = t('moveTaskDown');
  const previous = near(-1);
  const next = near(1);
  if (previous) labels['previous-bucket'] = t('moveTaskTo', t(bucketLabelKey[previous]));
  if (next) labels['next-bucket'] = t('moveTaskTo', t(bucketLabelKey[next]));
  return labels;
}

/** Today's tasks in their three buckets: add, edit, tick off, move by mouse or keys, delete with undo. */
export function TodayView({ draft, onDraftDone, unexpected, onDelayNotice, morning, onMorningDone }: Props) {
  // `run` never rejects: a failure is kept in `error`, shown above the buckets.
  const { tasks, error, run } = useTasks();
  const [editing, setEditing] = useState<{ id?: string; initial: TaskInput }>();
  const [deleted, setDeleted] = useState<Task>();
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string>();
  const [clientNames, setClientNames] = useState<Map<string, string>>(new Map());
  const [incident, setIncident] = useState<UnexpectedStart>();
  const [out, setOut] = useState(false);
  const settings = useSettingsContext()?.settings ?? defaultSettings;
  const language = uiLanguage();

  useEffect(() => {
    if (draft) setEditing({ initial: draft });
  }, [draft]);
  useEffect(() => {
    if (unexpected) setIncident(unexpected);
  }, [unexpected]);
  useEffect(
    () =>
      void sendMessage('rankClients', undefined).then(
        ({ ranking }) => setClientNames(new Map(ranking.map(({ client }) => [client.id, client.name]))),
        () => undefined,
      ),
    [tasks],
  );
  // A moved task's handle keeps the focus, wherever the task went, so the keys go on moving it.
  useEffect(() => {
    if (focusId) document.getElementById(handleId(focusId))?.focus();
  }, [tasks, focusId]);

  const board = useMemo(() => toBoard(tasks ?? []), [tasks]);
  const today = format(new Date(), 'yyyy-MM-dd');
  const doneToday = (tasks ?? []).filter(
    (task) => task.done && task.doneAt && format(task.doneAt, 'yyyy-MM-dd') === today,
  );

  async function step(task: Task, which: Step) {
    const to = stepPlace(board, task.id, which);
    if (!to) return;
    setFocusId(task.id);
    await moveTo(task, to);
  }

  /** Drag and drop: the task dropped on another goes to its place, on a bucket to its end. */
  function drop(draggedId: string, to: Place) {
    const task = Object.values(board)
      .flat()
      .find((each) => each.id === draggedId);
    const from = placeOf(board, draggedId);
    if (!task || !from) return;
    // Below itself in its own bucket, the places after it shift up by one once it leaves.
    const index = from.bucket === to.bucket && to.index > from.index ? to.index - 1 : to.index;
    if (from.bucket === to.bucket && index === from.index) return;
    void moveTo(task, { bucket: to.bucket, index });
  }

  async function moveTo(task: Task, to: Place) {
    const moved = await run(() => sendMessage('moveTask', { id: task.id, to }));
    if (moved) {
      const size = board[to.bucket].length + (to.bucket === task.bucket ? 0 : 1);
      const position = Math.min(to.index, size - 1) + 1;
      setAnnouncement(t('taskMoved', [task.title, t(bucketLabelKey[to.bucket]), String(position), String(size)]));
    }
  }

  function closeForm() {
    setEditing(undefined);
    onDraftDone?.();
  }

  return (
    // No heading of its own: where it shows, a tab (the sidebar) or a section title (the options
    // page) already says "Today".
    <section className="today">
      <div className="today-header">
        {!editing && !incident && !out && (
          <span className="actions">
            <button type="button" className="primary" onClick={() => setEditing({ initial: EMPTY })}>
              {t('addTask')}
            </button>
            <button
              type="button"
              onClick={() => setIncident({ title: '', minutes: 60, by: format(new Date(), 'yyyy-MM-dd') })}
            >
              {t('unexpectedHeading')}
            </button>
            <button type="button" onClick={() => setOut(true)}>
              {t('outButton')}
            </button>
          </span>
        )}
      </div>
      <p id="leeway-move-help" className="visually-hidden">
        {t('moveTaskHelp')}
      </p>
      <p aria-live="polite" className="visually-hidden" data-field="announcement">
        {announcement}
      </p>
      {error && (
        <p role="alert" className="error">
          {t('taskError', error)}
        </p>
      )}
      {deleted && (
        <p role="status" className="undo-bar">
          {t('taskDeleted', deleted.title)}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const task = deleted;
              setDeleted(undefined);
              void run(() => sendMessage('restoreTask', { task }));
            }}
          >
            {t('undo')}
          </button>
        </p>
      )}
      {morning && tasks && <MorningSort tasks={tasks} onClose={() => onMorningDone?.()} />}
      {incident && tasks && (
        <UnexpectedFlow
          key={`${incident.title} ${incident.thread?.threadId ?? ''}`}
          start={incident}
          tasks={tasks}
          week={{ workDays: settings.workDays, daysOff: settings.daysOff }}
          clientNames={clientNames}
          onDelayNotice={onDelayNotice}
          onClose={() => {
            setIncident(undefined);
            void run(() => Promise.resolve());
          }}
        />
      )}
      {out && tasks && (
        <OutFlow
          tasks={tasks}
          onNotice={onDelayNotice}
          onClose={() => {
            setOut(false);
            void run(() => Promise.resolve());
          }}
        />
      )}
      {editing && (
        <TaskForm
          key={editing.id ?? 'new'}
          initial={editing.initial}
          onCancel={closeForm}
          onSave={async (input) => {
            const id = editing.id;
            if (id) await sendMessage('updateTask', { id, task: input });
            else await sendMessage('createTask', { task: input });
            closeForm();
            await run(() => Promise.resolve());
          }}
        />
      )}
      {tasks &&
        buckets.map((bucket) => {
          const list = board[bucket];
          const total = list.reduce((sum, task) => sum + task.estimateMinutes, 0);
          return (
            <section
              key={bucket}
              className={`bucket bucket-${bucket}`}
              aria-labelledby={`leeway-bucket-${bucket}`}
              onDragOver={(event) => acceptTaskDrag(event)}
              onDrop={(event) => {
                const id = draggedTask(event);
                if (id) drop(id, { bucket, index: list.length });
              }}
            >
              <h3 id={`leeway-bucket-${bucket}`}>
                {t(bucketLabelKey[bucket])}{' '}
                <span className="muted">
                  {list.length > 0 ? t('bucketCount', [String(list.length), formatMinutes(total, language)]) : ''}
                </span>
              </h3>
              {list.length === 0 ? (
                <p className="muted">{t('bucketEmpty')}</p>
              ) : (
                <ul className="task-list">
                  {list.map((task, index) => (
                    <TaskItem
                      key={task.id}
                      task={task}
                      clientName={task.clientId && clientNames.get(task.clientId)}
                      steps={stepLabels(board, task.id)}
                      onStep={(which) => void step(task, which)}
                      onDropHere={(id, after) => drop(id, { bucket, index: index + (after ? 1 : 0) })}
                      onDone={(done) => void run(() => sendMessage('setTaskDone', { id: task.id, done }))}
                      onEdit={() => setEditing({ id: task.id, initial: task })}
                      onDelete={() =>
                        void run(async () => setDeleted(await sendMessage('deleteTask', { id: task.id }))).then(
                          (ok) => {
                            if (!ok) setDeleted(undefined);
                          },
                        )
                      }
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      {doneToday.length > 0 && (
        <section aria-labelledby="leeway-done-heading" className="bucket">
          <h3 id="leeway-done-heading">{t('doneToday')}</h3>
          <ul className="task-list">
            {doneToday.map((task) => (
              <TaskItem
                key={task.id}
                task={task}
                clientName={task.clientId && clientNames.get(task.clientId)}
                steps={{}}
                onStep={() => undefined}
                onDone={(done) => void run(() => sendMessage('setTaskDone', { id: task.id, done }))}
                onEdit={() => setEditing({ id: task.id, initial: task })}
                onDelete={() => void run(async () => setDeleted(await sendMessage('deleteTask', { id: task.id })))}
              />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
