process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, entriesToCsv, parseCsv, readCsvEntries } from '@/lib/hours/csv';
import { entry, local } from './entries';

const names: Record<string, string> = { c1: 'Northwind, Inc.', c2: 'Mark "the client" Ellison' };
const user = { name: 'Ana', email: 'ana@example.com' };

describe('CSV export', () => {
  it('writes the columns time-tracking tools import, quoting commas, quotes and new lines', () => {
    const e = {
      ...entry(local(2026, 11, 30, 9), local(2026, 11, 30, 10, 30), 'c1'),
      description: 'Plan,\nthen "ship"',
    };
    const csv = entriesToCsv([e], (id) => names[id], user);
    expect(csv).toBe(
      'User,Email,Client,Project,Description,Start date,Start time,End date,End time,Duration\r\n' +
        'Ana,ana@example.com,"Northwind, Inc.",,"Plan,\nthen ""ship""",2026-11-30,09:00:00,2026-11-30,10:30:00,01:30:00\r\n',
    );
  });

  it('leaves out a running entry', () => {
    expect(entriesToCsv([entry(local(2026, 11, 30, 9), null)], () => undefined, user).split('\r\n')).toHaveLength(2);
  });

  it('gives back any text it quotes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
          const parsed = parseCsv(text);
          // A row of one empty field is a blank line, which the reader skips.
          expect(parsed).toEqual(rows);
        },
      ),
    );
  });
});

describe('CSV import', () => {
  it('reads back what it exported: the same entries and clients, across midnight and a clock change', () => {
    const entries = [
      { ...entry(local(2026, 10, 24, 23), local(2026, 10, 25, 4), 'c1'), description: 'Night, "urgent"\nlaunch' },
      { ...entry(local(2026, 11, 30, 9, 15), local(2026, 11, 30, 9, 45), 'c2'), description: 'Call' },
      { ...entry(local(2026, 12, 1, 14), local(2026, 12, 1, 15), null), description: '' },
    ];
    const rows = readCsvEntries(entriesToCsv(entries, (id) => names[id], user));
    expect(rows.map((r) => [r.clientName, r.entry.description, r.entry.start, r.entry.end])).toEqual(
      entries.map((e) => [e.clientId ? names[e.clientId] : '', e.description, e.start, e.end]),
    );
  });

  it('reads a Toggl export and a Clockify export (US dates, AM/PM times)', () => {
    const toggl =
      'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()\n' +
      'Ana,ana@example.com,Northwind,Launch,,Slides,No,2026-11-30,09:00:00,2026-11-30,10:00:00,01:00:00,,\n';
    expect(readCsvEntries(toggl)[0]).toMatchObject({
      row: 2,
      clientName: 'Northwind',
      entry: { description: 'Slides', start: local(2026, 11, 30, 9), end: local(2026, 11, 30, 10) },
    });
    const clockify =
      '\ufeff"Project","Client","Description","Task","User","Email","Tags","Billable","Start Date","Start Time","End Date","End Time","Duration (h)"\r\n' +
      '"Launch","Northwind","Slides","","Ana","ana@example.com","","Yes","11/30/2026","02:00 PM","11/30/2026","03:30 PM","01:30:00"\r\n';
    expect(readCsvEntries(clockify)[0]!.entry).toMatchObject({
      start: local(2026, 11, 30, 14),
      end: local(2026, 11, 30, 15, 30),
    });
  });

  it.each([
    ['', 'Row 1: the file is empty'],
    ['Client,Description\nA,B\n', 'Row 1: the header lacks the columns start date, start time, end date, end time'],
    [
      'Client,Description,Start date,Start time,End date,End time\nA,B,2026-11-30,09:00,2026-11-30,10:00\nA,B,2026-11-31,09:00,2026-11-31,10:00\n',
      'Row 3: unreadable start "2026-11-31 09:00"',
    ],
    [
      'Client,Description,Start date,Start time,End date,End time\nA,B,2026-11-30,10:00,2026-11-30,09:00\n',
      'Row 2: the end comes before the start',
    ],
    [
      'Client,Description,Start date,Start time,End date,End time\nA,B,2026-11-30,10:00\n',
      'Row 2: 4 fields where the header has 6',
    ],
    [
      'Client,Description,Start date,Start time,End date,End time\n"A,B,2026-11-30,10:00\n',
      'Row 2: a quoted field is never closed',
    ],
  ])('names the bad row of a malformed file (%#)', (text, message) => {
    expect(() => readCsvEntries(text)).toThrow(message);
  });
});
