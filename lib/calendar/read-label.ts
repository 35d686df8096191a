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

/** The marker `text` starts with (after spaces and an hour word), if any. */
function markerAfter(text: string): Meridiem | undefined {
  let rest = text.trimStart();
  const hourWord = HOUR_WORDS.find((word) => rest.startsWith(word));
  if (hourWord) rest = rest.slice(hourWord.length).trimStart();
  const lower = rest.toLowerCase();
  for (const meridiem of ['am', 'pm'] as const) {
    for (const marker of SUFFIX_MARKERS[meridiem]) {
      if (lower.startsWith(marker) && !isLetter(rest[marker.length])) return meridiem;
    }
  }
  return undefined;
}

/** The marker `text` ends with (before spaces), if any. */
function markerBefore(text: string): Meridiem | undefined {
  const rest = text.trimEnd();
  for (const meridiem of ['am', 'pm'] as const) {
    for (const marker of PREFIX_MARKERS[meridiem]) {
      if (rest.endsWith(marker) && (isUnspaced(marker) || !isLetter(rest[rest.length - marker.length - 1])))
        return meridiem;
    }
  }
  return undefined;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

// Markers and hour words sit right next to their time: only this much text around a number is
// looked at, so a label costs time in proportion to its length, not to its length squared.
const MARKER_WINDOW = 32;

function readTimes(text: string): ClockTime[] {
  const times: ClockTime[] = [];
  for (const match of text.matchAll(/(?<!\d)(\d{1,2})(?:[:.](\d{2}))?(?!\d)/g)) {
    const hour = Number(match[1]);
    const minute = match[2] === undefined ? undefined : Number(match[2]);
    const end = match.index + match[0].length;
    const after = text.slice(end, end + MARKER_WINDOW);
    const meridiem =
      markerAfter(after) ?? markerBefore(text.slice(Math.max(0, match.index - MARKER_WINDOW), match.index));
    const hasHourWord = HOUR_WORDS.some((word) => after.trimStart().startsWith(word));
    // Dates hold numbers too ("10 June 2024"): an hour without minutes counts only with a
    // marker or an hour word next to it.
    if (minute === undefined && !meridiem && !hasHourWord) continue;
    if (hour > 24 || (minute ?? 0) > 59) continue;
    const inDay = meridiem === undefined ? hour : (hour % 12) + (meridiem === 'pm' ? 12 : 0);
    times.push({ hour: inDay, minute: minute ?? 0 });
  }
  return times;
}

/**
 * The start and end times a chip's label gives, or undefined when it gives no two times. The
 * title is left out first: it is the user's text and may hold numbers ("WWDC24 Keynote").
 */
export function readLabelTimes(label: string, title: string): { start: ClockTime; end: ClockTime } | undefined {
  const at = title ? label.indexOf(title) : -1;
  const times = readTimes(toAsciiDigits(at > 0 ? label.slice(0, at) : label));
  if (times.length < 2) return undefined;
  return { start: times[0]!, end: times.at(-1)! };
}
