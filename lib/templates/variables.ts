import type { Person } from '@/lib/clients/person';
import { cleanLine } from '@/lib/text/clean-text';
import { MAX_ADDRESS_LENGTH, MAX_NAME_LENGTH } from '@/lib/text/limits';

/** The built-in variables a template may use, filled from the thread and the settings. */
const builtinVariables = [
  'client.firstName',
  'client.name',
  'client.email',
  'client.greeting',
  'client.rate',
  'client.noticePeriod',
  'client.weeklyHours',
  'me.name',
  'me.signature',
  'me.workingHours',
  'today',
  'thread.subject',
  'colleague.name',
  'colleague.email',
  'calendar.freeSlots',
] as const;
export type BuiltinVariable = (typeof builtinVariables)[number];

/**
 * What the client agreement card holds: when one of these is not set for the client, the line
 * that uses it is left out of the message (a sentence about a notice period nobody set says
 * nothing). The rate is not one: unset, it reads "my usual rate".
 */
export const agreementVariables: readonly BuiltinVariable[] = ['client.noticePeriod', 'client.weeklyHours'];

export const isBuiltinVariable = (name: string): name is BuiltinVariable =>
  (builtinVariables as readonly string[]).includes(name);

// A word that can be a given name: letters and their marks, joined by apostrophes or hyphens
// (O'Brien, Jean-Pierre). A display name is whatever the sender typed: a URL, an address or a
// domain in it ("http://evil.example", "a@b.c") is never a name, and would put the sender's link
// in the user's greeting.
const NAME_WORD = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;

/**
 * The name to greet someone by: the first given name ("Mark Ellison", "Ellison, Mark",
 * "Dr. Mark Ellison" all give "Mark"), else a plain name before the address's @ ("mark.ellison@"
 * gives "Mark"), else nothing: the sidebar then asks for it.
 */
export function firstNameOf(person: Person | undefined): string {
  if (!person) return '';
  const name = cleanLine(person.name, MAX_NAME_LENGTH).replace(/^["']|["']$/g, '');
  const given = name.includes(',') ? name.slice(name.indexOf(',') + 1).trim() : name;
  const words = given.split(' ').filter(Boolean);
  const first = words.find((word, i) => !(word.endsWith('.') && i < words.length - 1));
  if (first && NAME_WORD.test(first)) return first;
  const [local = ''] = cleanLine(person.email, MAX_ADDRESS_LENGTH).split(/[@._+-]/);
  return /^\p{L}{2,}$/u.test(local) ? local[0]!.toUpperCase() + local.slice(1).toLowerCase() : '';
}
