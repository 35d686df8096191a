import type { Page } from 'playwright-core';

// Flagging a client from the sidebar, as a user would, for the browser tests.
export const clientStatus = (page: Page) => page.locator('leeway-sidebar [data-field="client-status"]');

export async function flagFromSidebar(page: Page, signs: string[], severity: string, note = ''): Promise<void> {
  const sidebar = page.locator('leeway-sidebar');
  await sidebar.getByRole('button', { name: 'Flag this client' }).click();
  for (const sign of signs) await sidebar.getByRole('checkbox', { name: sign }).check();
  await sidebar.getByRole('radio', { name: severity }).check();
  if (note) await sidebar.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
  await sidebar.getByRole('button', { name: 'Save the flag' }).click();
  await sidebar.locator('form.flag-form').waitFor({ state: 'detached' });
}
