import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '@/lib/templates/defaults';
import { previewSample } from '@/lib/templates/preview-sample';
import { defaultFieldValues, renderTemplate, type RenderContext } from '@/lib/templates/render';

const today = new Date(2026, 10, 30, 9); // a Monday
const week = { workDays: [1, 2, 3, 4, 5], daysOff: [] };
const base: RenderContext = {
  client: { name: 'Alex Martin', email: 'alex.martin@example.com' },
  me: { name: 'Jane', signature: 'Jane' },
  today,
  week,
};
const preview = (id: string) => {
  const template = defaultTemplates.find((t) => t.id === id)!;
  const context = { ...base, ...previewSample(template.language, today, week) };
  // Times carry no-break spaces; read here as spaces.
  return renderTemplate(template, context, defaultFieldValues(template, context)).body.replace(/\u00a0/g, ' ');
};

describe('the template editor’s preview', () => {
  it('shows the lines that need the client’s card, filled from a sample one', () => {
    expect(preview('default-ending-en')).toContain("That's the two weeks notice we agreed on.");
    expect(preview('default-ending-fr')).toContain('deux semaines');
  });

  it('shows free slots where a message lists them', () => {
    expect(preview('default-reschedule-en')).toContain(
      '- Wednesday, December 2, 10 to 11 am\n- Thursday, December 3, 2:30 to 3:30 pm',
    );
    expect(preview('default-reschedule-fr-tu')).toContain('- mercredi 2 décembre, de 10 h à 11 h');
  });
});
