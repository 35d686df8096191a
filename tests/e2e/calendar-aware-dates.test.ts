import { describe, expect, it } from 'vitest';
import { sidebar } from './support/sidebar';
import { useLeewayBrowserPerLanguage } from './support/use-browser';

// A proposed deadline ("today + 2 working days") skips a day Calendar last showed fully booked,
// and the form says why, in English and French.
const browserIn = useLeewayBrowserPerLanguage();

const CASES = [
  {
    language: 'en',
    thread: 'gmailThread',
    template: /^Delay notice/,
    reason: 'Thursday, November 26 is fully booked in your Calendar, so Friday, November 27 is proposed instead.',
  },
  {
    language: 'fr',
    thread: 'gmailThreadFr',
    template: /^Prévenir d’un retard/,
    reason: 'Votre agenda est complet le jeudi 26 novembre\u00a0: Leeway propose le vendredi 27 novembre.',
  },
] as const;

describe.each(CASES)('a proposed date in $language', ({ language, thread, template, reason }) => {
  it('skips the day Calendar last showed fully booked, and says why', async () => {
    const browser = browserIn(language);
    // Tuesday 24 November: two working days ahead is Thursday 26, which has no buffer at all.
    await browser.context.clock.setFixedTime(new Date(2026, 10, 24, 9));
    const calendar = await browser.openFixture('calendarWeek');
    await sidebar(calendar).locator('li.day-gaps').first().waitFor();

    const page = await browser.openFixture(thread);
    const frame = sidebar(page);
    await frame.getByRole('option', { name: template }).first().click();
    const form = frame.locator('form.template-form');
    await expect.poll(() => form.locator('input[type="date"]').inputValue()).toBe('2026-11-27');
    expect(await form.locator('[data-field="proposed-day-reason"]').textContent()).toBe(reason);
  });
});
