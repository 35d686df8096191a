import { z } from 'zod';

/** A record read back from the database, or an error naming it and what is wrong with it. */
export function parseStored<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Stored ${what} is unreadable: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * A record about to be written, checked against the schema it is read back with: a record
 * that could not be read again is refused before it is stored, with what is wrong with it.
 */
export function checkedRecord<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Leeway did not save ${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The records that parse, and a description of each one that does not (left as it is). */
export function parseEach<T>(
  schema: z.ZodType<T>,
  records: Array<{ id: string }>,
  what: string,
): { readable: T[]; unreadable: string[] } {
  const readable: T[] = [];
  const unreadable: string[] = [];
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) readable.push(parsed.data);
    else unreadable.push(`${what} "${record.id}": ${z.prettifyError(parsed.error)}`);
  }
  return { readable, unreadable };
}
