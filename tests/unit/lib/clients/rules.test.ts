import { describe, expect, it } from 'vitest';
import type { Client, Flag } from '@/lib/clients/client-schema';
import { candidateDomains, normalizeEmail } from '@/lib/clients/match';
import { mergeClients } from '@/lib/clients/merge';
import { summarizeFlags, THRESHOLDS } from '@/lib/clients/status';

const NOW = new Date(2026, 10, 25, 12);
const daysAgo = (n: number) => NOW.getTime() - n * 24 * 3600 * 1000;
const flag = (days: number, signs: Flag['signs'], severity: Flag['severity'] = 'low') => ({
  at: daysAgo(days),
  signs,
  severity,
});

const client = (id: string, addresses: string[], domains: string[] = []): Client => ({
  id,
  name: id,
  status: 'active',
  addresses,
  domains,
  createdAt: 1,
  updatedAt: 1,
});

describe('normalizing addresses', () => {
  it('gives one spelling per mailbox', () => {
    expect(normalizeEmail(' Mark+Q4@Northwind.com ')).toBe('mark@northwind.com');
    expect(normalizeEmail('j.a.n.e+x@googlemail.com')).toBe('jane@gmail.com');
    expect(candidateDomains('a@mail.eu.northwind.com')).toEqual([
      'mail.eu.northwind.com',
      'eu.northwind.com',
      'northwind.com',
    ]);
  });
});

describe('a client’s status', () => {
  it('is quiet without flags', () => {
    expect(summarizeFlags([], NOW)).toEqual({ last30: 0, last90: 0, trend: 'none', suggestion: undefined });
  });

  it('counts signs in the last 30 and 90 days, ignoring older and future ones', () => {
    const summary = summarizeFlags(
      [
        flag(2, ['scope-creep', 'changing-instructions']),
        flag(45, ['denigration']),
        flag(100, ['late-payment']),
        flag(-1, ['denigration']),
      ],
      NOW,
    );
    expect(summary).toMatchObject({ last30: 2, last90: 3 });
  });

  it('reads the trend from the last 30 days against the 30 before', () => {
    expect(summarizeFlags([flag(3, ['denigration']), flag(40, ['denigration'])], NOW).trend).toBe('steady');
    expect(summarizeFlags([flag(3, ['denigration', 'meetings-off-topic']), flag(40, ['denigration'])], NOW).trend).toBe(
      'rising',
    );
    expect(summarizeFlags([flag(40, ['denigration'])], NOW).trend).toBe('falling');
    expect(summarizeFlags([flag(75, ['denigration'])], NOW).trend).toBe('none');
  });

  it('suggests a boundary from 3 weighted signs in 30 days', () => {
    expect(THRESHOLDS.boundary).toBe(3);
    expect(summarizeFlags([flag(1, ['out-of-hours-demands', 'private-time-remarks'])], NOW).suggestion).toBeUndefined();
    expect(
      summarizeFlags([flag(1, ['out-of-hours-demands', 'private-time-remarks', 'denigration'])], NOW).suggestion,
    ).toBe('boundary');
    expect(summarizeFlags([flag(1, ['out-of-hours-demands'], 'high')], NOW).suggestion).toBe('boundary');
    // The same signs two months ago no longer call for it.
    expect(summarizeFlags([flag(40, ['out-of-hours-demands'], 'high')], NOW).suggestion).toBeUndefined();
  });

  it('suggests renegotiating from 3 signs about the terms in 90 days', () => {
    const flags = [flag(10, ['scope-creep']), flag(50, ['late-payment']), flag(80, ['unrealistic-deadlines'])];
    expect(summarizeFlags(flags, NOW).suggestion).toBe('renegotiate');
    expect(summarizeFlags(flags.slice(0, 2), NOW).suggestion).toBeUndefined();
  });

  it('suggests considering the end from 12 weighted signs in 90 days', () => {
    const flags = [
      flag(5, ['denigration', 'criticism-without-feedback'], 'high'),
      flag(60, ['private-time-remarks', 'decisions-without-you'], 'high'),
    ];
    expect(summarizeFlags(flags, NOW).suggestion).toBe('end');
    expect(summarizeFlags(flags.slice(0, 1), NOW).suggestion).toBe('boundary');
  });
});

describe('merging two clients', () => {
  it('keeps one name and id, joins addresses and domains, and keeps the graver status', () => {
    const kept = { ...client('a', ['mark@northwind.com'], ['northwind.com']), createdAt: 5 };
    const merged = {
      ...client('b', ['mark.e@gmail.com', 'mark@northwind.com'], ['nw.io']),
      status: 'watch' as const,
      createdAt: 3,
    };
    expect(mergeClients(kept, merged, 99)).toEqual({
      ...kept,
      addresses: ['mark@northwind.com', 'mark.e@gmail.com'],
      domains: ['northwind.com', 'nw.io'],
      status: 'watch',
      createdAt: 3,
      updatedAt: 99,
    });
    expect(mergeClients({ ...kept, status: 'ended' }, merged, 99).status).toBe('ended');
  });
});
