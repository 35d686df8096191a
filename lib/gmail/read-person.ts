import { cleanLine, cutText } from '@/lib/text/clean-text';
import { ADDRESS_PATTERN, MAX_ADDRESS_LENGTH, MAX_NAME_LENGTH } from '@/lib/text/limits';
import type { Person } from '@/lib/clients/person';

/** An address read from the page, in lower case; undefined when it is none, or longer than any address. */
export function readAddress(raw: string | null | undefined): string | undefined {
  const address = cleanLine(raw ?? '', MAX_ADDRESS_LENGTH + 1).toLowerCase();
  return address.length <= MAX_ADDRESS_LENGTH && ADDRESS_PATTERN.test(address) ? address : undefined;
}

/**
 * A person as Gmail shows one: an address and the first of `names` that says something once
 * cleaned, cut to what the background accepts; with no name, the address stands for it.
 */
export function readPerson(
  email: string | null | undefined,
  ...names: Array<string | null | undefined>
): Person | undefined {
  const address = readAddress(email);
  if (!address) return undefined;
  const name = names.map((raw) => cleanLine(raw ?? '', MAX_NAME_LENGTH)).find(Boolean);
  return { name: name ?? cutText(address, MAX_NAME_LENGTH), email: address };
}
