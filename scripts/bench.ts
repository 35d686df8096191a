// `npm run bench`: every figure of what Leeway costs and how fast it answers, in one run.
// Leeway off, on, and replaced by an empty extension frame (the floor of any in-page frame)
// alternate on heavy fixtures (Gmail inbox of 100 rows, thread of 50 messages with a reply open,
// Calendar week of 200 events); then a DOM mutation storm on the inbox, the insert latency, the
// overlay drawing, the gap computation, the client lookup with 10,000 clients, and each bundle's
// size. Prints tables and the targets; writes out/bench.json.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { EXTENSION_DIR, launchLeeway } from '../tests/e2e/support/browser.ts';
import { measureBundles } from './bench/bundles.ts';
import { measureClientLookup } from './bench/clients.ts';
import { writeEmptyFrameExtension } from './bench/empty-frame.ts';
import { measureGapComputation, measureOverlayDrawing } from './bench/gaps.ts';
import { measureGiveWay } from './bench/give-way.ts';
import { measureInsert } from './bench/insert.ts';
import { measureMutationStorm } from './bench/mutation-storm.ts';
import { LONG_TASKS_SCRIPT, measurePageCosts } from './bench/page-costs.ts';

const RUNS = Number(process.env.RUNS ?? 10);
const fixed = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits));
/** A difference with its sign: "+5.2", "-0.3". */
const signed = (n: number) => `${n >= 0 ? '+' : ''}${fixed(n)}`;
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
};

console.log(`Leeway benchmark: ${RUNS} runs each (RUNS=n to change), medians; Chromium headless.\n`);

const off = await launchLeeway({ extension: false });
const on = await launchLeeway();
const emptyFrameDir = await writeEmptyFrameExtension();
const emptyFrame = await launchLeeway({ extensionDir: emptyFrameDir });
await Promise.all([off, on, emptyFrame].map((b) => b.context.addInitScript(LONG_TASKS_SCRIPT)));
const pages = await measurePageCosts(off, on, emptyFrame, RUNS);
await emptyFrame.close();
await rm(emptyFrameDir, { recursive: true, force: true });
const storm = await measureMutationStorm(off, on, Math.max(3, Math.round(RUNS / 2)));
await off.close();
const insert = await measureInsert(on, RUNS);
const overlay = await measureOverlayDrawing(on, RUNS);
const errors = [...on.errors];
await on.close();

const lookupBrowser = await launchLeeway();
const lookup = await measureClientLookup(lookupBrowser, RUNS);
errors.push(...lookupBrowser.errors);
await lookupBrowser.close();
const gaps = measureGapComputation(RUNS);
const giveWay = measureGiveWay(RUNS);
const bundles = await measureBundles(EXTENSION_DIR);

console.log(
  "The page's own main thread (ms; the sidebar's frame runs in the extension's process). Tasks: the wall time\n" +
    "of its tasks, which grows when other processes take the cores; CPU: the thread's CPU time, which does not.",
);
console.log(
  table([
    [
      'page',
      'tasks off',
      'on',
      'extra',
      'CPU off',
      'on',
      'extra',
      'script off',
      'on',
      'extra',
      'long tasks off/on',
      'heap MB off/on',
      'shown at',
    ],
    ...pages.map(({ page, off, on }) => [
      page,
      fixed(off.taskMs),
      fixed(on.taskMs),
      signed(on.taskMs - off.taskMs),
      fixed(off.cpuMs),
      fixed(on.cpuMs),
      signed(on.cpuMs - off.cpuMs),
      fixed(off.scriptMs),
      fixed(on.scriptMs),
      signed(on.scriptMs - off.scriptMs),
      `${fixed(off.longTasks, 0)}/${fixed(on.longTasks, 0)}`,
      `${fixed(off.heapMB)}/${fixed(on.heapMB)}`,
      on.shownMs === undefined ? '-' : `${fixed(on.shownMs, 0)} ms`,
    ]),
  ]),
);
console.log(
  "\nThe floor: an empty extension page in an iframe where Leeway's sidebar goes, no other code (ms, extra\n" +
    'over off). What any in-page extension frame costs the page on this machine.',
);
console.log(
  table([
    ['page', 'tasks extra', 'CPU extra', 'script extra', 'Leeway beyond it: tasks', 'CPU', 'script'],
    ...pages.map(({ page, off, on, emptyFrame }) => [
      page,
      signed(emptyFrame.taskMs - off.taskMs),
      signed(emptyFrame.cpuMs - off.cpuMs),
      signed(emptyFrame.scriptMs - off.scriptMs),
      signed(on.taskMs - emptyFrame.taskMs),
      signed(on.cpuMs - emptyFrame.cpuMs),
      signed(on.scriptMs - emptyFrame.scriptMs),
    ]),
  ]),
);
console.log(
  `\nMutation storm on the inbox (${storm.mutations} insertions and removals): main thread ${fixed(storm.offTaskMs)} ms off, ` +
    `${fixed(storm.onTaskMs)} ms on (${signed(storm.overheadPercent)}%); ` +
    `CPU ${fixed(storm.offCpuMs)} ms off, ${fixed(storm.onCpuMs)} ms on (${signed(storm.cpuOverheadPercent)}%).`,
);
console.log(
  `Insert clicked in the sidebar to text in the reply: median ${fixed(insert.medianMs)} ms (min ${fixed(insert.minMs)}, max ${fixed(insert.maxMs)}).`,
);
console.log(`Overlay over a week of 200 events drawn at ${fixed(overlay.medianMs)} ms after navigation.`);
console.log(
  `Gap computation, ${gaps.events} events over a week: ${fixed(gaps.medianMs)} ms (Node ${process.version}).`,
);
console.log(
  `Give-way ("Something unexpected"), ${giveWay.tasks} tasks and a week of ${giveWay.events} events: ` +
    `${fixed(giveWay.medianMs, 2)} ms.`,
);
console.log(
  `Client lookup with ${lookup.clients} clients and ${lookup.flags} flags: median ${fixed(lookup.medianMs)} ms ` +
    `(min ${fixed(lookup.minMs)}, max ${fixed(lookup.maxMs)}).`,
);
console.log('\nBundles (kB):');
console.log(table([['file', 'raw', 'gzip'], ...bundles.map((b) => [b.file, fixed(b.rawKB), fixed(b.gzipKB)])]));

// The targets the sidebar-frame work set itself (issue 8).
const thread = pages.find((p) => p.page.startsWith('Gmail thread'))!;
const targets: Array<[string, boolean]> = [
  [
    'each content script under 30 kB gzip',
    bundles.filter((b) => b.file.startsWith('content-scripts/')).every((b) => b.gzipKB < 30),
  ],
  ['page task time at most +40 ms on every heavy page', pages.every((p) => p.on.taskMs - p.off.taskMs <= 40)],
  ['page main-thread CPU time at most +40 ms on every heavy page', pages.every((p) => p.on.cpuMs - p.off.cpuMs <= 40)],
  ['page script time at most +10 ms on every heavy page', pages.every((p) => p.on.scriptMs - p.off.scriptMs <= 10)],
  ['mutation storm overhead at most 3%', storm.overheadPercent <= 3],
  ['mutation storm CPU overhead at most 3%', storm.cpuOverheadPercent <= 3],
  ['thread context shown within 200 ms of navigation', (thread.on.shownMs ?? Infinity) <= 200],
];
console.log('\nTargets:');
for (const [what, met] of targets) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${what}`);

await mkdir('out', { recursive: true });
await writeFile(
  'out/bench.json',
  JSON.stringify(
    {
      runs: RUNS,
      date: new Date().toISOString(),
      pages,
      storm,
      insert,
      overlay,
      gaps,
      giveWay,
      lookup,
      bundles,
      targets: Object.fromEntries(targets),
    },
    null,
    2,
  ),
);
console.log('\nFigures written to out/bench.json.');
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}
