// "Something unexpected" with 5,000 tasks and a week of 200 events, in Node: planning the week's
// days from the events (the buffers), then choosing what gives way. Both run in the sidebar.
import { planDay, type CalendarEvent } from '@/lib/gaps/find-gaps';
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import { giveWay } from '@/lib/tasks/give-way';
import { buckets, type Task } from '@/lib/tasks/task';
import { median } from '../stats.ts';

const WEEK = { workDays: [1, 2, 3, 4, 5], daysOff: [] };

export function measureGiveWay(runs: number): { tasks: number; events: number; medianMs: number; proposed: number } {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  // 40 events on each working day of the week of Monday 23 November 2026, 15 to 45 minutes long.
  const events: CalendarEvent[] = Array.from({ length: 200 }, (_, i) => {
    const start = new Date(2026, 10, 23 + Math.floor(i / 40), 8, Math.floor(random() * 10 * 60)).getTime();
    return { start, end: start + (15 + Math.floor(random() * 30)) * 60_000, allDay: false };
  });
  const tasks: Task[] = Array.from({ length: 5_000 }, (_, i) => ({
    id: `task-${i}`,
    title: `Task ${i}`,
    bucket: buckets[i % 3]!,
    order: i,
    estimateMinutes: 5 + Math.floor(random() * 120),
    note: '',
    due: `2026-11-${String(23 + Math.floor(random() * 8)).padStart(2, '0')}`,
    done: random() < 0.3,
    createdAt: 0,
    updatedAt: 0,
  }));
  const now = new Date(2026, 10, 23, 8);
  const times: number[] = [];
  let proposed = 0;
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    const buffers = Array.from({ length: 7 }, (_, d) =>
      planDay(new Date(2026, 10, 23 + d), events, WEEK, defaultGapSettings),
    ).flatMap((plan) => plan.gaps.filter((gap) => gap.kind === 'buffer'));
    // Half a day's work by Friday: more than the buffers hold, so tasks give way too.
    const result = giveWay({ minutes: 2_400, by: '2026-11-27' }, tasks, buffers, WEEK, now);
    if (run > 0) times.push(performance.now() - started);
    proposed = result.buffers.length + result.moves.length;
  }
  return { tasks: tasks.length, events: events.length, medianMs: median(times), proposed };
}

// Run alone (`npm run bench:give-way`): no browser needed.
if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.env.RUNS ?? 20);
  const { tasks, events, medianMs, proposed } = measureGiveWay(runs);
  console.log(
    `Give-way, ${tasks} tasks and a week of ${events} events: median ${medianMs.toFixed(2)} ms over ${runs} runs ` +
      `(${proposed} buffers and tasks proposed; Node ${process.version}).`,
  );
}
