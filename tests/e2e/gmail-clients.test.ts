import { describe, expect, it } from 'vitest';
import { clientStatus, flagFromSidebar } from './support/clients';
import { sendRaw } from './support/send-raw';
import { sidebarText, sidebar } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

// A browser per test: each flags the client it needs, and runs alone.
const browser = useLeewayBrowser(undefined, { per: 'each' });
const NOTE = 'Asked at 11pm <img src=x onerror="window.__leewayPwned=1"><script>window.__leewayPwned=2</script>';

describe('flagging a demanding client', () => {
  it('follows the client to his other threads and to a compose addressed to him, across worker stops', async () => {
    const threadA = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarText(threadA)).toContain('No warning sign noted');
    await flagFromSidebar(
      threadA,
      ['Demands at night or on weekends', 'Work added beyond what was agreed'],
      'Serious',
      NOTE,
    );
    await expect
      .poll(() => clientStatus(threadA).textContent())
      .toContain('Warning signs: 2 in 30 days, 2 in 90 days (only this month: not a trend yet)');

    // The note is text: nothing in it became an element or ran.
    const note = sidebar(threadA).locator('.note');
    expect(await note.textContent()).toBe(NOTE);
    expect(await sidebar(threadA).locator('.note *').count()).toBe(0);
    expect(await threadA.evaluate(() => (window as any).__leewayPwned)).toBeUndefined();

    await browser().stopServiceWorker();

    // Thread B, same sender: the status is there without a click, from a worker woken for it.
    // How fast is the benchmark's business (a timed assertion flakes on a shared machine).
    const pageB = await browser().openFixture('gmailThreadB');
    await clientStatus(pageB).waitFor();
    expect(await clientStatus(pageB).textContent()).toContain('Mark Ellison');
    expect(await clientStatus(pageB).textContent()).toContain('Warning signs: 2 in 30 days');
    // The latest flag links back to the thread it was seen in.
    expect(await sidebar(pageB).locator('.flag-item a').getAttribute('href')).toBe(
      'https://mail.google.com/mail/u/0/#all/19a36435ce2f0ff3',
    );
    // A serious pair of signs this month calls for a boundary, with the template at hand.
    await sidebar(pageB).getByRole('button', { name: 'Write a working-hours reminder' }).click();
    await sidebar(pageB).locator('form.template-form[aria-label="Working-hours reminder"]').waitFor();

    await browser().stopServiceWorker();

    // A compose addressed to him (plus-addressed) shows him too.
    const compose = await browser().openFixture('gmailComposePopup');
    await expect.poll(() => clientStatus(compose).textContent()).toContain('Mark Ellison');
    expect(browser().errors).toEqual([]);
  });

  it('shows a flag saved in one tab in a second tab already open', async () => {
    const first = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarText(first)).toContain('No warning sign noted');
    await flagFromSidebar(first, ['Demands at night or on weekends', 'Work added beyond what was agreed'], 'Serious');
    const second = await browser().openFixture('gmailThreadB');
    await expect.poll(() => clientStatus(second).textContent()).toContain('Warning signs: 2 in 30 days');
    await first.bringToFront();
    await flagFromSidebar(first, ['Late payment'], 'Mild');
    await expect.poll(() => clientStatus(second).textContent()).toContain('Warning signs: 3 in 30 days');
    expect(browser().errors).toEqual([]);
  });

  it('edits and deletes a flag', async () => {
    const page = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarText(page)).toContain('No warning sign noted');
    await flagFromSidebar(page, ['Demands at night or on weekends', 'Work added beyond what was agreed'], 'Serious');
    await flagFromSidebar(page, ['Late payment'], 'Mild');
    await expect.poll(() => clientStatus(page).textContent()).toContain('Warning signs: 3 in 30 days');
    const latest = sidebar(page).locator('.flag-item').first();
    expect(await latest.textContent()).toContain('Late payment');
    await latest.getByRole('button', { name: 'Edit' }).click();
    await sidebar(page).getByRole('checkbox', { name: 'Unrealistic deadlines' }).check();
    await sidebar(page).getByRole('button', { name: 'Save the sign' }).click();
    await expect.poll(() => clientStatus(page).textContent()).toContain('Warning signs: 4 in 30 days');
    await sidebar(page).locator('.flag-item').first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => clientStatus(page).textContent()).toContain('Warning signs: 2 in 30 days');
    expect(browser().errors).toEqual([]);
  });

  it('stores all 100 flags when two tabs send 50 each, interleaved', async () => {
    const [tabA, tabB] = [await browser().openOptions(), await browser().openOptions()];
    const flag = (tab: string, i: number) => ({
      person: { name: 'Rush Client', email: 'rush@hurry-agency.com' },
      thread: { subject: `${tab} ${i}` },
      flag: { signs: ['unrealistic-deadlines'], severity: 'low', note: `${tab} ${i}` },
    });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => [
        sendRaw(tabA, 'flagClient', flag('A', i)),
        sendRaw(tabB, 'flagClient', flag('B', i)),
      ]).flat(),
    );
    expect(results.filter((r) => r.err)).toEqual([]);
    const { ranking } = (await sendRaw(tabA, 'rankClients', undefined)).res as {
      ranking: Array<{ client: { name: string }; total: number }>;
    };
    expect(ranking.filter((r) => r.client.name === 'Rush Client').map((r) => r.total)).toEqual([100]);
    expect(browser().errors).toEqual([]);
  });
});
