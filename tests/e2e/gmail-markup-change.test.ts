import { describe, expect, it } from 'vitest';
import { sidebar, sidebarText } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

// Leeway gives up on a page it cannot read after 10 s (lib/dom/watch-page.ts): room for that
// on a busy machine.
const GIVE_UP = { timeout: 30_000 };

describe('every Gmail "could not read" state names the selector that failed', () => {
  it('names the message header when the thread is found but no sender matches', async () => {
    // Gmail renames the classes of its message headers: the thread, its subject and id remain.
    const headersRenamed = (html: string) =>
      html
        .replaceAll('<h3 class="iw">', '<h3 class="iw2">')
        .replaceAll('class="gD"', 'class="gD2"')
        .replaceAll('<td class="gF', '<td class="gF2');
    const page = await browser().openFixture('gmailThread', undefined, headersRenamed);
    await expect.poll(() => sidebarText(page), GIVE_UP).toContain('no match for `h3.iw span[email]`');
    expect(await sidebar(page).getByRole('alert').textContent()).toBe(
      "Leeway can't read this thread (no match for `h3.iw span[email]`, `span.gD[email]`, `td.gF span[email]`). " +
        "Gmail's page has changed in a way Leeway does not know yet. Your email is untouched; the rest of Leeway still works from its settings page.",
    );
    // What was read is still shown, but nobody is guessed as the client from the recipients.
    expect(await sidebar(page).locator('[data-field="thread"]').getAttribute('data-subject')).toBe(
      'Q4 launch timeline',
    );
    // The sidebar's head line is whom the open reply is addressed to (read from the compose),
    // the one person known for sure; no sender was guessed from the unreadable headers.
    expect(await sidebar(page).locator('[data-field="client-person"]').getAttribute('data-email')).toBe(
      'mark@northwind-creative.com',
    );
    expect(browser().errors).toEqual([]);
  });

  it('names the subject when the thread view shows no subject Leeway knows', async () => {
    const subjectRenamed = (html: string) =>
      html.replace('<div class="ha"><h2 class="hP"', '<div class="ha2"><h2 class="hP2"');
    const page = await browser().openFixture('gmailThread', undefined, subjectRenamed);
    await expect.poll(() => sidebarText(page), GIVE_UP).toContain('no match for `h2.hP`, `.ha h2`');
    expect(browser().errors).toEqual([]);
  });
});
