import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations, sidebarFrame, unreachableByTab } from './support/axe';
import { sendRaw } from './support/send-raw';
import { sidebar } from './support/sidebar';
import { useLeewayBrowserPerLanguage } from './support/use-browser';

// On a fully booked day in Calendar, a client's event offers "Propose another slot": the
// client's message with real free slots later in the week, to copy or to open in Gmail.
// The week of 29 November: Tuesday 1 and Wednesday 2 December are full; the client's call is
// on the Tuesday at 1:30 pm; Thursday and Friday have room.
const browserIn = useLeewayBrowserPerLanguage();

const CASES = [
  {
    language: 'en',
    fixture: 'calendarWeekFull',
    client: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
    label: 'Propose another slot: Call with Mark Ellison',
    otherLabel: 'Propose another slot: Invoices – Mark Ellison',
    button: 'Propose another slot',
    region: 'Message to Mark Ellison',
    subject: 'Could we move our call?',
    opening: 'Hi Mark,\n\nMy day has filled up since we booked our call (Tuesday, December 1 at 1:30 pm)',
    slots: [
      '- Thursday, December 3, 1:30 to 2:30 pm',
      '- Friday, December 4, 10:30 to 11:30 am',
      '- Friday, December 4, 1:30 to 2:30 pm',
    ],
    copy: 'Copy',
    open: 'Open in Gmail',
    noAddress: 'Leeway has no email address for Mark Ellison: copy the message into an email to them.',
    none: /^Nothing later this week has 1\s?h free with a buffer around it: suggest a time next week yourself\.$/,
  },
  {
    language: 'fr',
    fixture: 'calendarWeekFullFr',
    client: { name: 'Claire Martin', email: 'claire.martin@atelier-lumiere.fr' },
    label: 'Proposer un autre créneau : Point avec Claire Martin',
    otherLabel: 'Proposer un autre créneau : Factures – Claire Martin',
    button: 'Proposer un autre créneau',
    region: 'Message pour Claire Martin',
    subject: 'Pourrions-nous déplacer notre rendez-vous ?',
    opening:
      'Bonjour Claire,\n\nMa journée s’est remplie depuis que nous avons fixé notre rendez-vous (mardi 1er décembre à 13 h 30)',
    slots: [
      '- jeudi 3 décembre, de 13 h 30 à 14 h 30',
      '- vendredi 4 décembre, de 10 h 30 à 11 h 30',
      '- vendredi 4 décembre, de 13 h 30 à 14 h 30',
    ],
    copy: 'Copier',
    open: 'Ouvrir dans Gmail',
    noAddress: 'Leeway n’a pas d’adresse e-mail pour Claire Martin : copiez le message dans un e-mail à son intention.',
    none: /^Plus aucun créneau libre de 1\s?h, marges comprises, d’ici la fin de la semaine\s: proposez vous-même un moment la semaine prochaine\.$/,
  },
] as const;

const MARK_FLAG = {
  person: CASES[0].client,
  thread: { subject: 'Planning' },
  flag: { signs: ['scope-creep'], severity: 'low', note: '' },
};

const GMAIL_PAGE = join(import.meta.dirname, '../fixtures/gmail/inbox-en.html');

describe('propose another slot in a day view', () => {
  it('says to open the week view: the days after are not on screen', async () => {
    const browser = browserIn('en');
    await browser.context.clock.setFixedTime(new Date(2026, 10, 30, 9));
    const options = await browser.openOptions();
    expect((await sendRaw(options, 'flagClient', MARK_FLAG)).err).toBeUndefined();
    const calendar = await browser.openFixture('calendarDayFull');
    await sidebar(calendar).getByRole('button', { name: 'Propose another slot: Call with Mark Ellison' }).click();
    const message = sidebar(calendar).getByRole('region', { name: 'Message to Mark Ellison' });
    await expect
      .poll(() => message.getByRole('status').textContent())
      .toBe('Leeway sees only the days on screen: open the week view to find free slots later in the week.');
    expect(await message.getByRole('textbox').count()).toBe(0);
  });
});

describe.each(CASES)('propose another slot, in $language', (words) => {
  it('is offered on the full day’s client event only, and lists real free slots', async () => {
    const browser = browserIn(words.language);
    // Monday 30 November, 9 am: the week is ahead.
    await browser.context.clock.setFixedTime(new Date(2026, 10, 30, 9));
    const options = await browser.openOptions();
    const flagged = await sendRaw(options, 'flagClient', {
      person: words.client,
      thread: { subject: 'Planning' },
      flag: { signs: ['scope-creep'], severity: 'low', note: '' },
    });
    expect(flagged.err).toBeUndefined();

    const calendar = await browser.openFixture(words.fixture);
    const frame = sidebar(calendar);
    const tuesday = frame.locator('li.day-gaps[data-day="Tue Dec 01 2026"]');
    await tuesday.getByRole('button', { name: words.label }).waitFor();
    // Only there: not on the client's event of a day with room (Monday), not on another event.
    expect(await frame.getByRole('button', { name: new RegExp(`^${words.button}`) }).count()).toBe(1);
    expect(await frame.getByRole('button', { name: words.otherLabel }).count()).toBe(0);

    await tuesday.getByRole('button', { name: words.label }).click();
    const message = frame.getByRole('region', { name: words.region });
    const body = message.getByRole('textbox', { name: words.region });
    // Times carry no-break spaces (never cut at a line's end); read here as spaces.
    const text = async () => (await body.inputValue()).replace(/\u00a0/g, ' ');
    await expect.poll(text).toContain(words.slots.join('\n'));
    expect(await text()).toMatch(new RegExp(`^${words.opening.replace(/[()]/g, '\\$&')}`));
    expect(await message.locator('[data-field="proposal-subject"]').textContent()).toBe(words.subject);
    // Read by a screen reader and reached by Tab like every other view.
    const view = await sidebarFrame(calendar);
    expect(await seriousViolations(view)).toEqual([]);
    expect(await unreachableByTab(calendar, view)).toEqual([]);

    await message.getByRole('button', { name: words.copy }).click();
    await expect.poll(() => message.getByRole('status').textContent()).toMatch(/clipboard|presse-papiers/);

    // "Open in Gmail": a new tab with Gmail's compose page, addressed, titled and written.
    const gmailPage = await readFile(GMAIL_PAGE, 'utf8');
    await browser.context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: gmailPage }),
    );
    const [compose] = await Promise.all([
      browser.context.waitForEvent('page'),
      message.getByRole('link', { name: words.open }).click(),
    ]);
    await compose.waitForURL(/view=cm/);
    const url = new URL(compose.url());
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(url.searchParams.get('to')).toBe(words.client.email);
    expect(url.searchParams.get('su')).toBe(words.subject);
    expect(url.searchParams.get('body')).toBe(await body.inputValue());
    await compose.close();
    await browser.context.unroute('https://mail.google.com/**');
  });

  it('offers only Copy for a client Leeway has no address for', async () => {
    const browser = browserIn(words.language);
    const options = await browser.openOptions();
    const { res: card } = await sendRaw(options, 'getClientCard', { email: words.client.email });
    expect((await sendRaw(options, 'updateClient', { id: card.client.id, addresses: [] })).err).toBeUndefined();
    const calendar = await browser.openFixture(words.fixture);
    const tuesday = sidebar(calendar).locator('li.day-gaps[data-day="Tue Dec 01 2026"]');
    await tuesday.getByRole('button', { name: words.label }).click();
    const message = sidebar(calendar).getByRole('region', { name: words.region });
    await expect
      .poll(async () => (await message.getByRole('textbox').inputValue()).replace(/\u00a0/g, ' '))
      .toContain(words.slots[0]);
    expect(await message.getByRole('button', { name: words.copy }).count()).toBe(1);
    expect(await message.getByRole('link').count()).toBe(0);
    expect(await message.getByText(words.noAddress).count()).toBe(1);
    const restored = await sendRaw(options, 'updateClient', { id: card.client.id, addresses: [words.client.email] });
    expect(restored.err).toBeUndefined();
  });

  it('says so when nothing later in the week fits, and writes no message', async () => {
    const browser = browserIn(words.language);
    const options = await browser.openOptions();
    // Only Monday and Tuesday worked: after the full Tuesday, the week has no room left.
    expect((await sendRaw(options, 'updateSettings', { workDays: [1, 2] })).err).toBeUndefined();
    const calendar = await browser.openFixture(words.fixture);
    const tuesday = sidebar(calendar).locator('li.day-gaps[data-day="Tue Dec 01 2026"]');
    await tuesday.getByRole('button', { name: words.label }).click();
    const message = sidebar(calendar).getByRole('region', { name: words.region });
    await expect.poll(() => message.getByRole('status').textContent()).toMatch(words.none);
    expect(await message.getByRole('textbox').count()).toBe(0);
    expect(await message.getByRole('link').count()).toBe(0);
    expect((await sendRaw(options, 'updateSettings', { workDays: [1, 2, 3, 4, 5] })).err).toBeUndefined();
  });
});
