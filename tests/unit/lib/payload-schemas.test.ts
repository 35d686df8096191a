import { describe, expect, it } from 'vitest';
import { clientSchema, flagSchema } from '@/lib/clients/client-schema';
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import { parsePayload } from '@/lib/payload-schemas';
import { settingsSchema } from '@/lib/settings/settings-schema';
import { defaultSettings } from '@/lib/settings/settings';
import { defaultTemplates } from '@/lib/templates/defaults';
import { storedTemplateSchema, templateUsageSchema } from '@/lib/templates/stored-template';

const template = defaultTemplates.find((t) => t.fields.length > 0)!;
const client = {
  id: 'client-1',
  name: 'Mark Ellison',
  status: 'watch',
  addresses: ['mark@northwind-creative.com'],
  domains: [],
  createdAt: 1,
  updatedAt: 1,
};
const flag = {
  id: 'flag-1',
  clientId: 'client-1',
  signs: ['scope-creep'],
  severity: 'low',
  note: '',
  thread: { subject: 'Q4' },
  at: 1,
  updatedAt: 1,
};

describe('nested payload objects drop unknown keys silently', () => {
  it.each([
    ['gap settings', { gaps: { ...defaultGapSettings, evil: 1 } }],
    ['overlay colours', { gaps: { ...defaultGapSettings, colors: { ...defaultGapSettings.colors, evil: 1 } } }],
    ['working hours', { gaps: { ...defaultGapSettings, lunch: { start: '12:00', end: '13:00', evil: 1 } } }],
  ])('refuses an unknown key in the %s of a settings change', (_, patch) => {
    expect(() => parsePayload('updateSettings', patch)).toThrow('Unrecognized key: "evil"');
  });

  it('refuses an unknown key in a template field', () => {
    const draft = { ...template, id: undefined, fields: [{ ...template.fields[0]!, evil: 1 }] };
    expect(() => parsePayload('saveTemplate', draft)).toThrow('Unrecognized key: "evil"');
    expect(() => parsePayload('saveTemplate', { ...template, id: undefined, evil: 1 })).toThrow(
      'Unrecognized key: "evil"',
    );
  });

  it('refuses an unknown key anywhere in a flag', () => {
    const payload = {
      person: { name: 'Mark', email: 'mark@northwind-creative.com' },
      thread: { subject: 'Q4' },
      flag: { signs: ['scope-creep'], severity: 'low', note: '' },
    };
    for (const part of ['person', 'thread', 'flag'] as const) {
      const tampered = { ...payload, [part]: { ...payload[part], evil: 1 } };
      expect(() => parsePayload('flagClient', tampered), part).toThrow('Unrecognized key: "evil"');
    }
  });

  it.each([
    ['client', clientSchema, { ...client, evil: 1 }],
    ['flag', flagSchema, { ...flag, evil: 1 }],
    ['flag thread', flagSchema, { ...flag, thread: { subject: 'Q4', evil: 1 } }],
    ['settings', settingsSchema, { ...defaultSettings, evil: 1 }],
    [
      'template',
      storedTemplateSchema,
      { id: template.id, deleted: false, template: { ...template, evil: 1 }, updatedAt: 1 },
    ],
    ['tombstone', storedTemplateSchema, { id: template.id, deleted: true, updatedAt: 1, evil: 1 }],
    ['template use', templateUsageSchema, { count: 1, lastUsedAt: 1, evil: 1 }],
  ])('the %s record schema refuses an unknown key', (_, schema, record) => {
    expect(schema.safeParse(record).error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['evil'] }]);
  });

  it('still reads every record shape Leeway writes', () => {
    expect(clientSchema.safeParse(client).success).toBe(true);
    expect(flagSchema.safeParse(flag).success).toBe(true);
    expect(settingsSchema.safeParse(defaultSettings).success).toBe(true);
    for (const t of defaultTemplates) {
      expect(storedTemplateSchema.safeParse({ id: t.id, deleted: false, template: t, updatedAt: 1 }).success).toBe(
        true,
      );
    }
  });
});

describe('dates such as 2024-13-45 are refused', () => {
  it.each(['2024-13-45', '2024-02-30', '2023-02-29', '2026-04-31', '2026-00-10', '2026-1-5'])(
    'refuses %s as a day off',
    (day) => {
      expect(() => parsePayload('updateSettings', { daysOff: [day] })).toThrow(/daysOff/);
    },
  );

  it.each(['2024-02-29', '2026-12-31', '2026-01-01'])('accepts %s as a day off', (day) => {
    expect(parsePayload('updateSettings', { daysOff: [day] })).toEqual({ daysOff: [day] });
  });
});
