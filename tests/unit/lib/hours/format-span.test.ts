import { describe, expect, it } from 'vitest';
import { formatSpan } from '@/lib/hours/format-span';

const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
// Intl separates with thin and narrow no-break spaces: compared as plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('a stretch of time as the user reads it', () => {
  it('gives the times alone within a day', () => {
    expect(plain(formatSpan(at(30, 14, 5), at(30, 14, 47), 'en'))).toBe('2:05 – 2:47 PM');
    expect(plain(formatSpan(at(30, 14, 5), at(30, 14, 47), 'fr'))).toBe('14:05 – 14:47');
  });

  it('gives the weekdays, not dates with the year, across midnight', () => {
    expect(plain(formatSpan(at(30, 19), at(31, 8, 30), 'en'))).toBe('Mon 7:00 PM – Tue 8:30 AM');
    expect(plain(formatSpan(at(30, 19), at(31, 8, 30), 'fr'))).toBe('lun. 19:00 – mar. 08:30');
  });
});
