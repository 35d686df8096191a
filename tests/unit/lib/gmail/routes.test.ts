import { describe, expect, it } from 'vitest';
import { gmailComposeUrl, gmailPathOfCalendar, isThreadView, parseGmailRoute } from '@/lib/gmail/routes';

const gmail = (hash: string) => `https://mail.google.com/mail/u/0/${hash}`;

describe('parseGmailRoute', () => {
  it.each([
    ['#inbox', { name: 'list', list: 'inbox', composing: false }],
    ['', { name: 'list', list: 'inbox', composing: false }],
    ['#inbox?compose=new', { name: 'list', list: 'inbox', composing: true }],
    ['#sent', { name: 'list', list: 'sent', composing: false }],
    ['#label/Clients%2FNorthwind', { name: 'list', list: 'label/Clients%2FNorthwind', composing: false }],
    ['#search/invoice+october', { name: 'list', list: 'search/invoice+october', composing: false }],
    ['#settings/general', { name: 'settings', composing: false }],
  ])('reads %s as a non-thread page', (hash, route) => {
    expect(parseGmailRoute(gmail(hash))).toEqual(route);
    expect(isThreadView(gmail(hash))).toBe(false);
  });

  it.each([
    ['#inbox/FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD', 'inbox', 'FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD'],
    [
      '#label/Clients%2FNorthwind/FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD',
      'label/Clients%2FNorthwind',
      'FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD',
    ],
    [
      '#search/Q4LaunchTimeline2026/FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD',
      'search/Q4LaunchTimeline2026',
      'FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD',
    ],
    ['#category/social/FMfcgzQbgJxWbNcVtRkPmLsHdKfTqZwB', 'category/social', 'FMfcgzQbgJxWbNcVtRkPmLsHdKfTqZwB'],
    ['#all/19a36435ce2f0ff3', 'all', '19a36435ce2f0ff3'],
  ])('reads %s as a thread', (hash, list, token) => {
    expect(parseGmailRoute(gmail(hash))).toEqual({ name: 'thread', list, token, composing: false });
    expect(isThreadView(gmail(hash))).toBe(true);
  });

  it('keeps a compose window open over a thread in the route', () => {
    expect(parseGmailRoute(gmail('#inbox/FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD?compose=new'))).toMatchObject({
      name: 'thread',
      composing: true,
    });
  });

  it('does not take a long label name for a thread', () => {
    expect(isThreadView(gmail('#label/ClientsNorthwindInvoices2026'))).toBe(false);
  });
});

describe('a new email in Gmail’s compose page', () => {
  it('is addressed, titled and written, in the account given', () => {
    const url = new URL(
      gmailComposeUrl('/mail/u/1/', {
        to: 'mark@northwind.com',
        subject: 'Ending our work & next steps',
        body: 'Hi Mark,\n\nBye',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/1/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      view: 'cm',
      fs: '1',
      tf: '1',
      to: 'mark@northwind.com',
      su: 'Ending our work & next steps',
      body: 'Hi Mark,\n\nBye',
    });
  });

  it('writes spaces as %20 and a plus as itself, so no reader takes one for the other', () => {
    const url = gmailComposeUrl('/mail/u/0/', { subject: 'C++ & you', body: '1 + 1 = 2' });
    expect(url).toContain('su=C%2B%2B%20%26%20you');
    expect(url).toContain('body=1%20%2B%201%20%3D%202');
    expect(new URL(url).searchParams.get('body')).toBe('1 + 1 = 2');
  });

  it('opens in the Gmail account of the Calendar account on screen', () => {
    expect(gmailPathOfCalendar('/calendar/u/1/')).toBe('/mail/u/1/');
    expect(gmailPathOfCalendar('/calendar/')).toBe('/mail/u/0/');
  });
});
