// Webmail domains are shared by millions: a client is never matched by one of them.
export const PUBLIC_EMAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.fr',
  'live.com',
  'live.fr',
  'msn.com',
  'yahoo.com',
  'yahoo.fr',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.fr',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
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

const domainOf = (address: string): string => address.trim().toLowerCase().split('@')[1] ?? '';

// A client's domain is one of the last few levels of an address's (mail.eu.northwind.co.uk at
// most): a sender's address a hundred levels deep costs a handful of lookups, not a hundred.
const MAX_DOMAIN_CANDIDATES = 5;

/**
 * The domains an address could be matched by, most specific first (eu.northwind.com, then
 * northwind.com): a client known by an address wins over one known by its domain, and a
 * subdomain's client over its parent's (the clients repository looks them up in this order).
 */
export function candidateDomains(address: string): string[] {
  const parts = domainOf(address).split('.');
  const domains: string[] = [];
  for (let i = Math.max(0, parts.length - 1 - MAX_DOMAIN_CANDIDATES); i < parts.length - 1; i++) {
    domains.push(parts.slice(i).join('.'));
  }
  return domains;
}
