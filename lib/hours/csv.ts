import { format, isValid, parse } from 'date-fns';
import { t } from '@/lib/i18n';
import type { EntryInput, TimeEntry } from './time-entry-schema';

// The CSV that time-tracking tools import and export (Toggl's detailed report, Clockify's
// detailed report): one row per entry, local dates and times, a header naming the columns.

const CSV_COLUMNS = [
  'User',
  'Email',
  'Client',
  'Project',
  'Description',
  'Start date',
  'Start time',
  'End date',
  'End time',
  'Duration',
] as const;

/** A field quoted when it holds a comma, a quote or a line break (RFC 4180), quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const duration = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
};

/** Finished entries as CSV, in local time, with CRLF line ends as spreadsheets expect. */
export function entriesToCsv(
  entries: TimeEntry[],
  clientName: (id: string) => string | undefined,
  user: { name: string; email: string },
): string {
  const rows = entries
    .filter((entry) => entry.end !== null)
    .sort((a, b) => a.start - b.start)
    .map((entry) => [
      user.name,
      user.email,
      entry.clientId ? (clientName(entry.clientId) ?? '') : '',
      '',
      entry.description,
      format(entry.start, 'yyyy-MM-dd'),
      format(entry.start, 'HH:mm:ss'),
      format(entry.end!, 'yyyy-MM-dd'),
      format(entry.end!, 'HH:mm:ss'),
      duration(entry.end! - entry.start),
    ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark, as Excel writes
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new CsvError(records.length + 1, t('csvUnclosedQuote'));
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** What is wrong with a CSV file, and on which row (the header is row 1). */
class CsvError extends Error {
  constructor(
    readonly row: number,
    readonly problem: string,
  ) {
    super(t('csvRow', [String(row), problem]));
  }
}

// Header names as Toggl, Clockify and Leeway write them, compared in lower case.
const HEADERS = {
  client: ['client'],
  description: ['description'],
  startDate: ['start date'],
  startTime: ['start time'],
  endDate: ['end date'],
  endTime: ['end time'],
} as const;

const DATE_FORMATS = ['yyyy-MM-dd', 'MM/dd/yyyy'];
const TIME_FORMATS = ['HH:mm:ss', 'HH:mm', 'h:mm:ss a', 'h:mm a'];

/** A local date and time as the tools write them: ISO or US dates, 24-hour or AM/PM times. */
function instant(date: string, time: string): number | undefined {
  for (const dateFormat of DATE_FORMATS)
    for (const timeFormat of TIME_FORMATS) {
      const parsed = parse(`${date.trim()} ${time.trim()}`, `${dateFormat} ${timeFormat}`, new Date(0));
      if (isValid(parsed)) return parsed.getTime();
    }
  return undefined;
}

/** A row read from a CSV file: the entry and its client's name as written (empty for none). */
export interface CsvRow {
  row: number;
  clientName: string;
  entry: Omit<EntryInput, 'clientId'>;
}

/**
 * The rows of a Toggl, Clockify or Leeway CSV export. The first problem found stops the reading
 * and names its row, so the user can fix the file: nothing of a file with a bad row is kept.
 */
export function readCsvEntries(text: string): CsvRow[] {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new CsvError(1, t('csvEmpty'));
  const names = header.map((name) => name.trim().toLowerCase());
  const column = Object.fromEntries(
    Object.entries(HEADERS).map(([key, aliases]) => [key, names.findIndex((n) => aliases.some((a) => a === n))]),
  ) as Record<keyof typeof HEADERS, number>;
  const missing = Object.entries(column)
    .filter(([key, index]) => index < 0 && key !== 'client' && key !== 'description')
    .map(([key]) => HEADERS[key as keyof typeof HEADERS][0]);
  if (missing.length > 0) throw new CsvError(1, t('csvMissingColumns', missing.join(', ')));

  return records.map((record, i) => {
    const row = i + 2;
    if (record.length !== header.length)
      throw new CsvError(row, t('csvFieldCount', [String(record.length), String(header.length)]));
    const at = (index: number) => (index < 0 ? '' : record[index]!);
    const start = instant(at(column.startDate), at(column.startTime));
    const end = instant(at(column.endDate), at(column.endTime));
    if (start === undefined)
      throw new CsvError(row, t('csvUnreadableStart', `${at(column.startDate)} ${at(column.startTime)}`));
    if (end === undefined)
      throw new CsvError(row, t('csvUnreadableEnd', `${at(column.endDate)} ${at(column.endTime)}`));
    if (end <= start) throw new CsvError(row, t('csvEndBeforeStart'));
    const description = at(column.description).trim();
    if (description.length > 500) throw new CsvError(row, t('csvDescriptionTooLong'));
    return { row, clientName: at(column.client).trim(), entry: { description, source: 'import', start, end } };
  });
}
