/**
 * Reads an event's start and end times from the label Google Calendar gives its chip to
 * screen readers ("9am to 10am, Title, ..."), in any of Calendar's languages and in 12-hour or
 * 24-hour format. The markers below were read off 2,628 real labels in 73 languages
 * (tests/fixtures/calendar-labels, June 2024); the test reads every one of them.
 */

// Morning and afternoon markers of the 12-hour clock, all languages together: no marker of
// one kind is the other kind in another language, so the language need not be known. Most
// languages write the marker after the time ("8:15 vm."); a few before it ("上午8:15",
// "පෙ.ව. 8.15"), and a marker is only looked for on its own side: Welsh "am" before a time
// means "at", and "ප.ව. 10.30" must not make the day number before it an evening hour.
const SUFFIX_MARKERS = {
  am: [
    'a.m.',
    'am',
    'ap',
    'f.h.',
    'pg',
    'vm.',
    'yb',
    'πμ',
    'дп',
    'ү.ө.',
    'לפ.',
    'ص',
    'قب',
    'पूर्वाह्न',
    'ਪੂ.ਦੁ.',
    'ಪೂರ್ವಾಹ್ನ',
    'ກ່ອນທ່ຽງ',
    'ጥዋት',
  ],
  pm: [
    'p.m.',
    'pm',
    'ip',
    'e.h.',
    'ptg',
    'nm.',
    'yh',
    'μμ',
    'пп',
    'ү.х.',
    'אח.',
    'بع',
    'م',
    'अपराह्न',
    'ਬਾ.ਦੁ.',
    'ಅಪರಾಹ್ನ',
    'ຫຼັງທ່ຽງ',
    'ከሰዓት',
  ],
};
const PREFIX_MARKERS = {
  am: ['上午', '午前', '오전', 'පෙ.ව.', 'နံနက်'],
  pm: ['下午', '午後', '오후', 'ප.ව.', 'ညနေ'],
};
// Words for "o'clock" that sit between an hour and its marker ("8 ц ү.ө.", "8 ໂມງກ່ອນທ່ຽງ", "8時").
const HOUR_WORDS = ['ц', '時', '点', '點', '시', 'ໂມງ'];

// The zero of each run of decimal digits Calendar writes (Arabic-Indic, Persian, Devanagari,
// Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Myanmar,
// Khmer, full-width).
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0x1040,
  0x17e0, 0xff10,
];

export function toAsciiDigits(text: string): string {
  // Most labels are written with ASCII digits only: nothing to replace.
  // eslint-disable-next-line no-control-regex -- \x00-\x7f is the ASCII range, control characters included.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = DIGIT_ZEROS.findLast((z) => z <= code && code - z <= 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

type Meridiem = 'am' | 'pm';

// Han and Hangul markers are written against their neighbours ("至上午8:15"): no word boundary.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hangul}]+$/u;
const LETTER = /\p{L}|\p{M}/u;
const isUnspaced = (marker: string) => UNSPACED.test(marker);
// ASCII first: most characters after a time are spaces, digits or punctuation.
const isLetter = (char: string | undefined) => !!char && (char < '\x80' ? /[A-Za-z]/.test(char) : LETTER.test(char));

const isSpace = (char: string | undefined) => char === ' ' || (!!char && /\s/.test(char));
function skipSpaces(text: string, index: number): number {
  while (isSpace(text[index])) index++;
  return index;
}
function skipSpacesBack(text: string, end: number): number {
  while (isSpace(text[end - 1])) end--;
  return end;
}

/** The hour word `text` holds from `index` on (after spaces), if any. */
const hourWordAt = (text: string, index: number): string | undefined => {
  const at = skipSpaces(text, index);
  return HOUR_WORDS.find((word) => text.startsWith(word, at));
};

/** The marker the lower-cased `text` holds from `index` on (after spaces and an hour word), if any. */
function markerAfter(text: string, index: number): Meridiem | undefined {
  let at = skipSpaces(text, index);
  const hourWord = hourWordAt(text, at);
  if (hourWord) at = skipSpaces(text, at + hourWord.length);
  for (const meridiem of ['am', 'pm'] as const) {
    for (const marker of SUFFIX_MARKERS[meridiem]) {
      if (text.startsWith(marker, at) && !isLetter(text[at + marker.length])) return meridiem;
    }
  }
  return undefined;
}

/** The marker `text` holds just before `index` (before spaces), if any. */
function markerBefore(text: string, index: number): Meridiem | undefined {
  const end = skipSpacesBack(text, index);
  for (const meridiem of ['am', 'pm'] as const) {
    for (const marker of PREFIX_MARKERS[meridiem]) {
      const at = end - marker.length;
      if (at >= 0 && text.startsWith(marker, at) && (isUnspaced(marker) || !isLetter(text[at - 1]))) return meridiem;
    }
  }
  return undefined;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

/** The times of a label lower-cased once, its markers looked for in place around each number. */
function readTimes(text: string): ClockTime[] {
  const times: ClockTime[] = [];
  for (const match of text.matchAll(/(?<!\d)(\d{1,2})(?:[:.](\d{2}))?(?!\d)/g)) {
    const hour = Number(match[1]);
    const minute = match[2] === undefined ? undefined : Number(match[2]);
    const end = match.index + match[0].length;
    const meridiem = markerAfter(text, end) ?? markerBefore(text, match.index);
    // Dates hold numbers too ("10 June 2024"): an hour without minutes counts only with a
    // marker or an hour word next to it.
    if (minute === undefined && !meridiem && !hourWordAt(text, end)) continue;
    if (hour > 24 || (minute ?? 0) > 59) continue;
    const inDay = meridiem === undefined ? hour : (hour % 12) + (meridiem === 'pm' ? 12 : 0);
    times.push({ hour: inDay, minute: minute ?? 0 });
  }
  return times;
}

/**
 * How much of a label is read. Calendar writes the times first (within the first 90 characters
 * on every label of the corpus), the title and the location after them: an invitation's
 * 100,000-character location costs nothing.
 */
export const MAX_LABEL_LENGTH = 500;
// A title is found by its start, which lies within the part read however long the title is.
const TITLE_START_LENGTH = 64;

/**
 * The start and end times a chip's label gives, or undefined when it gives no two times. The
 * title is left out first: it is the user's text and may hold numbers ("WWDC24 Keynote").
 */
export function readLabelTimes(label: string, title: string): { start: ClockTime; end: ClockTime } | undefined {
  const head = label.slice(0, MAX_LABEL_LENGTH);
  const at = title ? head.indexOf(title.slice(0, TITLE_START_LENGTH)) : -1;
  const times = readTimes(toAsciiDigits(at > 0 ? head.slice(0, at) : head).toLowerCase());
  if (times.length < 2) return undefined;
  return { start: times[0]!, end: times.at(-1)! };
}
