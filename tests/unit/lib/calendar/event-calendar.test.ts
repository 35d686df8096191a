import { describe, expect, it } from 'vitest';
import { calendarOwnerOf } from '@/lib/calendar/event-calendar';

const eventId = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe("the calendar an event sits on, from Calendar's event id", () => {
  it("is its owner's address, for a single event and for one of a series", () => {
    // A real id from the fixtures: "20261123leeway001 jane.doe@gmail.com".
    expect(calendarOwnerOf('MjAyNjExMjNsZWV3YXkwMDEgamFuZS5kb2VAZ21haWwuY29t')).toBe('jane.doe@gmail.com');
    expect(calendarOwnerOf(eventId('4kq2v3_20261124T090000Z Mark@Northwind-Creative.com'))).toBe(
      'mark@northwind-creative.com',
    );
  });

  it('is no one for a shared or holiday calendar, or an id that does not decode', () => {
    expect(calendarOwnerOf(eventId('abc c_123@group.calendar.google.com'))).toBeNull();
    expect(calendarOwnerOf(eventId('abc en.uk#holiday@group.v.calendar.google.com'))).toBeNull();
    expect(calendarOwnerOf('not base64 at all!')).toBeNull();
    expect(calendarOwnerOf(eventId('only-an-id'))).toBeNull();
    expect(calendarOwnerOf('')).toBeNull();
  });
});
