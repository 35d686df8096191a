import type { Page } from 'playwright-core';
import { sidebar } from './sidebar';

// Flagging a client from the sidebar, as a user would, for the browser tests.
export const clientStatus = (page: Page) => sidebar(page).locator('[data-field="client-status"]');

export async function flagFromSidebar(page: Page, signs: string[], severity: string, note = ''): Promise<void> {
  const frame = sidebar(page);
  await frame.getByRole('button', { name: 'Note a warning sign' }).click();
  for (const sign of signs) await frame.getByRole('checkbox', { name: sign }).check();
  await frame.getByRole('radio', { name: severity }).check();
  if (note) await frame.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
  await frame.getByRole('button', { name: 'Save the sign' }).click();
  await frame.locator('form.flag-form').waitFor({ state: 'detached' });
}
