import { describe, expect, it } from 'vitest';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser({ language: 'fr' });

describe('Today in French, in the sidebar and on the options page', () => {
  it('makes a task from a French thread and manages it on the options page', async () => {
    // Monday 30 November 2026 (a working day): tasks made before any is open, no morning sort.
    await browser().context.clock.setFixedTime(new Date(2026, 10, 30, 9));
    const thread = await browser().openFixture('gmailThreadFr');
    await expect.poll(() => sidebarField(thread, 'thread').getAttribute('data-thread-id')).toBe('19a3a7c2e5b01d44');
    await sidebar(thread).getByRole('button', { name: 'En faire une tâche' }).click();
    const form = sidebar(thread).getByRole('form', { name: 'Tâche' });
    await form.getByLabel('Priorité').selectOption({ label: 'Urgent' });
    await form.getByLabel('Échéance (facultatif)').fill('2026-12-01');
    await form.getByRole('button', { name: 'Enregistrer la tâche' }).click();
    const urgent = sidebar(thread).getByRole('region', { name: /^Urgent/ });
    await expect.poll(() => urgent.locator('[data-field="due"]').textContent()).toBe('pour le mar. 1 déc.');
    const title = await urgent.locator('.task-title').textContent();

    // The options page lists it, moves it and ticks it off; the sidebar follows without a reload.
    const options = await browser().openOptions();
    const today = options.locator('section#today');
    await expect
      .poll(() =>
        today
          .getByRole('region', { name: /^Urgent/ })
          .locator('.task-title')
          .textContent(),
      )
      .toBe(title);
    await today.getByRole('button', { name: 'Passer en « Important, pas urgent »' }).click();
    await expect
      .poll(() =>
        sidebar(thread)
          .getByRole('region', { name: /^Important/ })
          .locator('.task-title')
          .textContent(),
      )
      .toBe(title);
    expect(await sidebarField(thread, 'announcement').textContent()).toBe('');
    // The background stamps a task done with the real time: from here the pages' day is that one.
    await browser().context.clock.setFixedTime(new Date());
    await today.getByRole('checkbox', { name: title! }).click();
    await expect
      .poll(() =>
        sidebar(thread).getByRole('region', { name: 'Fait aujourd’hui' }).locator('.task-title').textContent(),
      )
      .toBe(title);
    expect(await today.getByRole('region', { name: 'Fait aujourd’hui' }).textContent()).toContain(title);
    expect(browser().errors).toEqual([]);
  });
});
