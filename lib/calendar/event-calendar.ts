// Calendar's grid shows no guests (host-pages.md; the chips' labels hold the time, the title, the
// calendar's name, the answer, the place). What it does carry is the calendar an event sits on:
// `data-eventid` is the base64url of "<eventId>[_<instant>] <calendarId>", and a calendar's id is
// its owner's address. An assistant who keeps a client's calendar sees that client's address there.

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The address of the person whose calendar holds the event, or null: an id that does not decode,
 * or a calendar that is no one's address (shared calendars `…@group.calendar.google.com`,
 * holidays `…@group.v.calendar.google.com`).
 */
export function calendarOwnerOf(eventId: string): string | null {
  let text: string;
  try {
    const base64 = eventId.replace(/-/g, '+').replace(/_/g, '/');
    text = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return null;
  }
  const calendar = text.split(' ')[1]?.trim().toLowerCase() ?? '';
  if (!ADDRESS.test(calendar) || /[.@]calendar\.google\.com$/.test(calendar)) return null;
  return calendar;
}
