import type { Person } from '@/lib/gmail/read-thread';

/** The built-in variables a template may use, filled from the thread and the settings. */
export const builtinVariables = [
  'client.firstName',
  'client.name',
  'client.email',
  'me.name',
  'me.signature',
  'today',
  'thread.subject',
] as const;
export type BuiltinVariable = (typeof builtinVariables)[number];

export const isBuiltinVariable = (name: string): name is BuiltinVariable =>
  (builtinVariables as readonly string[]).includes(name);

/**
 * The name to greet someone by: the first given name ("Mark Ellison", "Ellison, Mark",
 * "Dr. Mark Ellison" all give "Mark"), else a plain name before the address's @ ("mark.ellison@"
 * gives "Mark"), else nothing: the sidebar then asks for it.
 */
export function firstNameOf(person: Person | undefined): string {
  if (!person) return '';
  const name = person.name.trim().replace(/^["']|["']$/g, '');
  if (name && name.toLowerCase() !== person.email.toLowerCase() && !name.includes('@')) {
    const given = name.includes(',') ? name.slice(name.indexOf(',') + 1).trim() : name;
    const words = given.split(/\s+/).filter(Boolean);
    const first = words.find((word, i) => !(word.endsWith('.') && i < words.length - 1));
    if (first) return first;
  }
  const local = person.email.split('@')[0]?.split(/[._+-]/)[0] ?? '';
  return /^\p{L}{2,}$/u.test(local) ? local[0]!.toUpperCase() + local.slice(1).toLowerCase() : '';
}
