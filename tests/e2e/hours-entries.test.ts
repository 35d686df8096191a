import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();
const MINUTE = 60_000;
const clock = (ms: number) => {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

describe("this week's time on the options page", () => {
  it('adds time after the fact, edits it, splits it and deletes a part', async () => {
    const options = await browser().openOptions();
    const stored = async () =>
      (await sendRaw(options, 'listTimeEntries', { start: Date.now() - 8 * 24 * 60 * MINUTE, end: Date.now() + 1 }))
        .res;
    const section = options.getByRole('region', { name: 'Hours' });
    const list = section.getByRole('list', { name: 'This week’s time' });

    // Added: the last hour by default, for no client.
    await section.getByRole('button', { name: 'Add time' }).click();
    const add = section.getByRole('form', { name: 'Add time' });
    await add.getByLabel('What').fill('Call notes');
    await add.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await stored()).length).toBe(1);
    const [added] = await stored();
    expect(added).toMatchObject({ clientId: null, description: 'Call notes', source: 'manual' });
    expect(added.end - added.start).toBe(60 * MINUTE);
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    expect(await list.getByRole('listitem').textContent()).toContain('1h · No client · Call notes');

    // Edited: what, and an end a quarter of an hour earlier.
    await list.getByRole('button', { name: 'Edit' }).click();
    const edit = section.getByRole('form', { name: 'Edit the entry' });
    await edit.getByLabel('What').fill('Call notes and follow-up');
    await edit.getByLabel('End').fill(clock(added.end - 15 * MINUTE));
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await stored())[0].description).toBe('Call notes and follow-up');
    const [edited] = await stored();
    expect(edited).toMatchObject({ id: added.id, start: added.start, end: added.end - 15 * MINUTE });
    await expect.poll(() => list.getByRole('listitem').textContent()).toContain('45m');

    // Split at a chosen time: two entries that cover it exactly; then one deleted.
    await list.getByRole('button', { name: 'Split' }).click();
    const split = section.getByRole('form', { name: 'Split the entry' });
    await split.getByLabel('Split at').fill(clock(added.start + 20 * MINUTE));
    await split.getByRole('button', { name: 'Split' }).click();
    await expect.poll(async () => (await stored()).length).toBe(2);
    const halves = await stored();
    expect(halves.map((e: { start: number; end: number }) => [e.start, e.end])).toEqual([
      [added.start, added.start + 20 * MINUTE],
      [added.start + 20 * MINUTE, added.end - 15 * MINUTE],
    ]);
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    await list.getByRole('listitem').nth(1).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await stored()).map((e: { id: string }) => e.id)).toEqual([added.id]);
    expect(browser().errors).toEqual([]);
  });
});
