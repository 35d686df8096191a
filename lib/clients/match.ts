import type { Client } from './client';

// Webmail domains are shared by millions: a client is never matched by one of them.
export const PUBLIC_EMAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.fr', 'live.com', 'live.fr',
  'msn.com', 'yahoo.com', 'yahoo.fr', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me',
  'protonmail.com', 'gmx.com', 'gmx.fr', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'laposte.net',
]);

/**
 * One spelling per mailbox: lower case, no "+tag" (mark+invoices@ is mark@), and for Gmail no
 * dots in the local part and one domain (Gmail ignores the dots; googlemail.com is gmail.com).
 */
export function normalizeEmail(address: string): string {
  const [local = '', domain = ''] = address.trim().toLowerCase().split('@');
  const name = local.split('+')[0]!;
  if (domain === 'gmail.com' || domain === 'googlemail.com') return `${name.replace(/\./g, '')}@gmail.com`;
  return `${name}@${domain}`;
}

export const domainOf = (address: string): string => address.trim().toLowerCase().split('@')[1] ?? '';

/** Whether `host` is `domain` or one of its subdomains (eu.northwind.com for northwind.com). */
export const isWithinDomain = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/**
 * The client an address belongs to: one who lists the address itself, else the one whose
 * domain is the most specific match. An address beats a domain: a freelancer at a client's
 * company can be a client of their own.
 */
export function findClient<C extends Pick<Client, 'addresses' | 'domains'>>(clients: C[], address: string): C | undefined {
  const normalized = normalizeEmail(address);
  const byAddress = clients.find((client) => client.addresses.some((a) => normalizeEmail(a) === normalized));
  if (byAddress) return byAddress;
  const host = domainOf(normalized);
  let best: C | undefined;
  let bestLength = 0;
  for (const client of clients) {
    for (const domain of client.domains) {
      if (isWithinDomain(host, domain) && domain.length > bestLength) {
        best = client;
        bestLength = domain.length;
      }
    }
  }
  return best;
}

/** The domains an address could be matched by, most specific first (eu.northwind.com, northwind.com). */
export function candidateDomains(address: string): string[] {
  const parts = domainOf(address).split('.');
  const domains: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) domains.push(parts.slice(i).join('.'));
  return domains;
}
