import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { useLeewayBrowser } from './support/use-browser';
import { inlineReplyBody, openTemplate, sidebarStatus } from './support/templates';
import { sidebar } from './support/sidebar';

const browser = useLeewayBrowser();

const PAYLOAD =
  '<img src=x onerror="window.__leewayPwned=1"><script>window.__leewayPwned=2</script>' +
  '<b>bold</b> {{client.firstName}} <a href="javascript:window.__leewayPwned=3">link</a>';

describe('a template full of markup', () => {
  it('arrives in the reply as plain text and runs nothing', async () => {
    const options = await browser().openOptions();
    const saved = await sendRaw(options, 'saveTemplate', {
      name: 'Markup attack',
      category: 'other',
      language: 'en',
      subject: '<script>alert(1)</script>',
      body: `${PAYLOAD}\n{{payload}}`,
      fields: [{ id: 'payload', label: 'Payload', kind: 'text', default: '<svg onload="window.__leewayPwned=4">' }],
    });
    expect(saved.err).toBeUndefined();

    const page = await browser().openFixture('gmailThread');
    await openTemplate(page, 'Markup attack');
    await sidebar(page).getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => sidebarStatus(page).textContent()).toContain('Inserted');

    const body = inlineReplyBody(page);
    expect(await body.innerText()).toBe(
      `${PAYLOAD.replace('{{client.firstName}}', 'Mark')}\n<svg onload="window.__leewayPwned=4">`,
    );
    // Nothing became an element: only text (and Gmail's line breaks) in the compose body.
    expect(await body.locator('img, script, b, a, svg').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as any).__leewayPwned)).toBeUndefined();
    // The sidebar's preview showed it as text too.
    await sidebar(page).locator('[role="option"]', { hasText: 'Markup attack' }).click();
    expect(await sidebar(page).locator('[data-field="preview"] *').count()).toBe(0);
    expect(browser().errors).toEqual([]);
  });
});
