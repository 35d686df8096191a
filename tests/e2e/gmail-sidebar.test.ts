import { describe, expect, it } from 'vitest';
import { useLeewayBrowser } from './support/use-browser';
import { sidebarCount, sidebarField, sidebarText, sidebar } from './support/sidebar';

const browser = useLeewayBrowser();

describe('the Gmail sidebar', () => {
  it('mounts once on a thread and heads it with the other party, not what Gmail shows already', async () => {
    const page = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');
    expect(await sidebarField(page, 'thread').getAttribute('data-subject')).toBe('Q4 launch timeline');
    // The last message is the user's own: the other party is the client who wrote before it.
    expect(await sidebarField(page, 'client-person').textContent()).toBe('Mark Ellison');
    expect(await sidebarField(page, 'client-person').getAttribute('data-email')).toBe('mark@northwind-creative.com');
    // Gmail shows the subject and the thread already: the sidebar does not repeat them.
    expect(await sidebarText(page)).not.toContain('Q4 launch timeline');
    expect(await sidebarText(page)).not.toContain('19a36435ce2f0ff3');
    expect(await sidebarCount(page)).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('reads the same thread in French Gmail', async () => {
    const page = await browser().openFixture('gmailThreadFr');
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-thread-id')).toBe('19a3a7c2e5b01d44');
    expect(await sidebarField(page, 'thread').getAttribute('data-subject')).toBe('Calendrier du lancement T4');
    expect(await sidebarField(page, 'client-person').textContent()).toBe('Claire Martin');
    expect(await sidebarField(page, 'client-person').getAttribute('data-email')).toBe(
      'claire.martin@atelier-lumiere.fr',
    );
    expect(await sidebarCount(page)).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('says what it can do on a page that is not a thread', async () => {
    const page = await browser().openFixture('gmailInbox');
    await expect.poll(() => sidebarText(page)).toContain("Open a client's thread");
    expect(await sidebarCount(page)).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('mounts once over a popup compose', async () => {
    const page = await browser().openFixture('gmailComposePopup');
    await expect.poll(() => sidebarText(page)).toContain("Open a client's thread");
    expect(await page.locator('[role="dialog"] [g_editable="true"]').isVisible()).toBe(true);
    expect(await sidebarCount(page)).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('follows Gmail hash routes without mounting twice', async () => {
    const page = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');

    await page.locator('[role="navigation"] a[href="#inbox"]').click();
    await expect.poll(() => sidebarText(page)).toContain("Open a client's thread");
    expect(await sidebarField(page, 'thread').count()).toBe(0);
    expect(await sidebarCount(page)).toBe(1);

    // Back into the thread from the list: Gmail paints the subject, then the id a moment later.
    await page.locator('tr.zA', { hasText: 'Q4 launch timeline' }).click();
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');
    expect(await sidebarField(page, 'thread').getAttribute('data-subject')).toBe('Q4 launch timeline');
    expect(new URL(page.url()).hash).toBe('#inbox/FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD');
    expect(await sidebarCount(page)).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('folds into a thin rail and stays folded on the next page', async () => {
    const page = await browser().openFixture('gmailThread');
    await sidebar(page).getByRole('button', { name: 'Collapse Leeway' }).click();
    await sidebar(page).getByRole('button', { name: 'Open Leeway' }).waitFor();
    const width = (p: typeof page) =>
      p.locator('leeway-sidebar iframe').evaluate((frame) => frame.getBoundingClientRect().width);
    expect(await width(page)).toBe(44);

    const next = await browser().openFixture('gmailInbox');
    await sidebar(next).getByRole('button', { name: 'Open Leeway' }).waitFor();
    expect(await width(next)).toBe(44);

    await sidebar(next).getByRole('button', { name: 'Open Leeway' }).click();
    await expect.poll(() => sidebarText(next)).toContain("Open a client's thread");
    expect(await width(next)).toBeGreaterThan(200);
    expect(browser().errors).toEqual([]);
  });
});
