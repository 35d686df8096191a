import { z } from 'zod';
import { settingsPatchSchema } from '@/lib/settings/settings-schema';
import { templateDraftSchema } from '@/lib/templates/stored-template';

const templateId = z.object({ id: z.string().min(1).max(80) }).strict();

/**
 * The payload schema of every message of the protocol (lib/messaging.ts). The background parses
 * each payload with its schema; the pages only import the types, so zod stays out of the
 * content scripts that Gmail and Calendar load.
 */
export const payloadSchemas = {
  getSettings: z.undefined(),
  updateSettings: settingsPatchSchema,
  openOptionsPage: z.undefined(),
  listTemplates: z.undefined(),
  saveTemplate: templateDraftSchema.strict(),
  deleteTemplate: templateId,
  restoreDefaultTemplate: templateId,
  recordTemplateUse: templateId,
} satisfies Record<string, z.ZodType>;

export type MessageName = keyof typeof payloadSchemas;
export type Payload<K extends MessageName> = z.infer<(typeof payloadSchemas)[K]>;

/** Parses a payload against its message's schema; a failure names the message and each problem. */
export function parsePayload<K extends MessageName>(message: K, data: unknown): Payload<K> {
  const parsed = payloadSchemas[message].safeParse(data);
  if (!parsed.success) {
    throw new Error(`Invalid "${message}" message: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data as Payload<K>;
}
