// The weekly hours report with 50,000 time entries (about four years of a busy freelancer's
// timers), in Node: the week's report per client with its out-of-hours part and limits, and the
// sidebar's week summary. Both run on every "data changed" for time entries.
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import { defaultHoursSettings } from '@/lib/hours/hours-settings';
import { hoursReport } from '@/lib/hours/report';
import type { TimeEntry } from '@/lib/hours/time-entry-schema';
import { weekRange } from '@/lib/hours/totals';
import { weekSummary } from '@/lib/hours/week-summary';
import { median } from '../stats.ts';

const ENTRIES = 50_000;
const working = { workDays: [1, 2, 3, 4, 5], daysOff: ['2026-12-25'], workHours: defaultGapSettings.workHours };

export function measureHoursReport(runs: number): { entries: number; medianMs: number; weekMs: number } {
  let seed = 11;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  // Back to back from the end of November 2026 into the past, 10 to 60 minutes each, gaps between.
  const entries: TimeEntry[] = [];
  let end = new Date(2026, 10, 27, 18).getTime();
  for (let i = 0; i < ENTRIES; i++) {
    const start = end - (10 + Math.floor(random() * 50)) * 60_000;
    entries.push({
      id: `time-${i}`,
      clientId: `client-${i % 40}`,
      description: `Entry ${i}`,
      source: 'sidebar',
      start,
      end,
      createdAt: start,
      updatedAt: start,
    });
    end = start - Math.floor(random() * 30) * 60_000;
  }
  const now = new Date(2026, 10, 27, 18).getTime();
  const hours = { ...defaultHoursSettings, weekHours: 40, byClient: { 'client-1': { weekHours: 10, monthHours: 40 } } };
  const times: number[] = [];
  let weekMs = 0;
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    const report = hoursReport(entries, weekRange(now), 'week', working, hours, now);
    weekSummary(entries, hours, working, now);
    if (run > 0) times.push(performance.now() - started);
    weekMs = report.totalMs;
  }
  return { entries: entries.length, medianMs: median(times), weekMs };
}

// Run alone (`npm run bench:hours`): no browser needed.
if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.env.RUNS ?? 20);
  const { entries, medianMs, weekMs } = measureHoursReport(runs);
  console.log(
    `Weekly hours report, ${entries} entries: median ${medianMs.toFixed(2)} ms over ${runs} runs ` +
      `(${(weekMs / 3_600_000).toFixed(1)} h in the week; Node ${process.version}).`,
  );
}
