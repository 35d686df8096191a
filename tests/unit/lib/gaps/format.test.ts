import { describe, expect, it } from 'vitest';
import { formatMinutes } from '@/lib/gaps/format';

// The no-break spaces ICU puts between a figure and its unit (U+00A0 or the narrow U+202F) and
// the one between the hours and the minutes, read as plain spaces.
const read = (text: string) => {
  // A duration never breaks across two lines.
  expect(text).not.toContain(' ');
  return text.replace(/[\u00a0\u202f]/g, ' ');
};

describe('formatMinutes in French', () => {
  it('puts a space between each figure and its unit, as French writes it', () => {
    expect(read(formatMinutes(23 * 60 + 30, 'fr'))).toBe('23 h 30 min');
    expect(read(formatMinutes(45, 'fr-FR'))).toBe('45 min');
    expect(read(formatMinutes(120, 'fr-CA'))).toBe('2 h');
  });

  it('says zero rather than nothing, and rounds to the minute', () => {
    expect(read(formatMinutes(0, 'fr'))).toBe('0 min');
    expect(read(formatMinutes(89.6, 'fr'))).toBe('1 h 30 min');
  });
});
