import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelTimes, toAsciiDigits } from '@/lib/calendar/read-label';
import { cleanLine } from '@/lib/text/clean-text';

const CORPUS = resolve(import.meta.dirname, '../../../fixtures/calendar-labels');

interface Expected {
  summary: string;
  touchesTop: boolean;
  touchesBottom: boolean;
  startTime: number;
  endTime: number;
}

/** Every label of the corpus with its expected answer (format: the corpus's README). */
function loadCorpus() {
  const languages = (JSON.parse(readFileSync(join(CORPUS, 'languages.json'), 'utf8')) as string[]).map(
    (url) => url.match(/matasync\.([^.]+)\./)![1]!,
  );
  const text = readFileSync(join(CORPUS, 'scrapped.txt'), 'utf8');
  const cases: Array<{ language: string; clock: '24h' | '12h'; label: string; expected: Expected }> = [];
  for (const block of text.trim().split(/\n(?=\{"summary")/)) {
    const [header, ...lines] = block.split('\n').filter((line) => line.trim() !== '');
    const expected = JSON.parse(header!) as Expected;
    languages.forEach((language, i) => {
      cases.push({ language, clock: '24h', label: lines[i * 4]!, expected });
      cases.push({ language, clock: '12h', label: lines[i * 4 + 2]!, expected });
    });
  }
  return { languages, cases };
}

describe('reading a chip label', () => {
  const { languages, cases } = loadCorpus();

  it('covers the whole corpus: 73 languages, 12h and 24h, 2,628 labels', () => {
    expect(languages).toHaveLength(73);
    expect(cases).toHaveLength(2628);
  });

  it('gets start and end right on every real label of the corpus', () => {
    const wrong = cases.flatMap(({ language, clock, label, expected }) => {
      const times = readLabelTimes(label, expected.summary);
      const hours = (t: { hour: number; minute: number }) => t.hour + t.minute / 60;
      // An event continuing from the day before or into the next is cut at the day's edge.
      const start = expected.touchesTop ? 0 : times && hours(times.start);
      const end = expected.touchesBottom ? 24 : times && hours(times.end);
      return start === expected.startTime && end === expected.endTime
        ? []
        : [`${language} ${clock}: ${label} -> ${start}-${end}, expected ${expected.startTime}-${expected.endTime}`];
    });
    expect(wrong).toEqual([]);
  });

  it('gives the same answers on labels cleaned as the chip reader cleans them (marks and odd spaces gone)', () => {
    const changed = cases.flatMap(({ language, clock, label, expected }) => {
      const raw = readLabelTimes(label, expected.summary);
      const cleaned = readLabelTimes(cleanLine(label), cleanLine(expected.summary));
      return JSON.stringify(raw) === JSON.stringify(cleaned) ? [] : [`${language} ${clock}: ${label}`];
    });
    expect(changed).toEqual([]);
  });

  it('ignores numbers in the title and in dates', () => {
    expect(
      readLabelTimes('7:30pm to 8:15pm, WWDC24 Apple Keynote, Calendar: Events, June 10, 2024', 'WWDC24 Apple Keynote'),
    ).toEqual({
      start: { hour: 19, minute: 30 },
      end: { hour: 20, minute: 15 },
    });
    expect(readLabelTimes('Board, June 10, 2024', 'Board')).toBeUndefined();
  });

  it('reads non-Latin digits', () => {
    expect(toAsciiDigits('०८:१५ ၁၀ ١٢ ۳')).toBe('08:15 10 12 3');
  });
});
