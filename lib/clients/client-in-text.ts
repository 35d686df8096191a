import type { Client } from './client-schema';

// Calendar's grid shows an event's title, not its guests: the client of an event is found by the
// name (or an address) the user gave the client, written in the title ("Call with Mark Ellison").

const normal = (text: string) => text.normalize('NFKC').toLocaleLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A name is found whole: "Ann" is not in "Annual review".
const wholeIn = (haystack: string, needle: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'u').test(haystack);

/**
 * The client a text names: the one whose name or address it holds whole, the longest match
 * winning ("Northwind Creative" over "Northwind"). Ended clients are left out.
 */
export function clientNamedIn(text: string, clients: Client[]): Client | undefined {
  const haystack = normal(text);
  let found: Client | undefined;
  let longest = 0;
  for (const client of clients) {
    if (client.status === 'ended') continue;
    for (const needle of [client.name, ...client.addresses].map(normal)) {
      if (needle.length >= 2 && needle.length > longest && wholeIn(haystack, needle)) {
        found = client;
        longest = needle.length;
      }
    }
  }
  return found;
}
