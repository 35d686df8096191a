import type { Page } from 'playwright-core';
import { sidebar } from './sidebar';

// Driving the template picker as a user would, for the browser tests.

/** `count` working days (Monday to Friday unless told) after today, as Leeway's default templates write it. */
export function workingDaysAhead(
  count: number,
  language: 'en' | 'fr',
  { workDays = [1, 2, 3, 4, 5] }: { workDays?: number[] } = {},
): string {
  const today = new Date();
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  for (let left = count; left > 0;) {
    day.setDate(day.getDate() + 1);
    if (workDays.includes(day.getDay())) left--;
  }
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };
  if (day.getFullYear() !== today.getFullYear()) options.year = 'numeric';
  const text = new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'fr-FR', options).format(day);
  // The French write the first of the month "1er".
  return language === 'fr' && day.getDate() === 1 ? text.replace(/ 1 /, ' 1er ') : text;
}

/** Picks a template by its name in the sidebar, opening its fill-in form. */
export async function openTemplate(page: Page, name: string): Promise<void> {
  await sidebar(page).locator('[role="option"]', { hasText: name }).first().click();
  await sidebar(page).locator('form.template-form').waitFor();
}

export const sidebarStatus = (page: Page) => sidebar(page).locator('[role="status"]');
export const inlineReplyBody = (page: Page) => page.locator('.ip.adB [g_editable="true"]');
export const popupBody = (page: Page) => page.locator('[role="dialog"] [g_editable="true"]');
export const firstNameField = (page: Page) => sidebar(page).locator('#leeway-field-client\\.firstName');
/** The line of the fill-in form that says whom the text is for and where it goes. */
export const insertTarget = (page: Page) => sidebar(page).locator('form.template-form [data-field="insert-target"]');
