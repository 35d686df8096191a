import { describe, expect, it } from 'vitest';
import type { Client, Flag } from '@/lib/clients/client-schema';
import { candidateDomains, normalizeEmail } from '@/lib/clients/match';
import { mergeClients } from '@/lib/clients/merge';
import { summarizeFlags, THRESHOLDS } from '@/lib/clients/status';
import { RESPONSE_OF_SIGN, RESPONSE_TEMPLATE, responses, responsesFor } from '@/lib/clients/responses';
import { warningSigns } from '@/lib/clients/client';
import { templateCategories } from '@/lib/templates/template';
import fc from 'fast-check';

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
    expect(summarizeFlags([], NOW)).toEqual({
      last30: 0,
      last90: 0,
      trend: 'none',
      responses: [],
      considerEnding: false,
    });
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

  it('sees no trend in one flag, nor in signs of the last 30 days only', () => {
    expect(summarizeFlags([flag(1, ['denigration'], 'high')], NOW).trend).toBe('new');
    expect(
      summarizeFlags([flag(1, ['denigration', 'scope-creep'], 'high'), flag(20, ['late-payment'])], NOW).trend,
    ).toBe('new');
  });

  it('reads a trend only from signs in two periods: the last 30 days against the 30 before', () => {
    expect(summarizeFlags([flag(3, ['denigration']), flag(40, ['denigration'])], NOW).trend).toBe('steady');
    expect(summarizeFlags([flag(3, ['denigration', 'meetings-off-topic']), flag(40, ['denigration'])], NOW).trend).toBe(
      'rising',
    );
    expect(summarizeFlags([flag(40, ['denigration'])], NOW).trend).toBe('falling');
    expect(summarizeFlags([flag(75, ['denigration'])], NOW).trend).toBe('none');
  });

  it('says getting worse only when both periods have signs, more in the latest', () => {
    const day = fc.integer({ min: 0, max: 89 });
    const flags = fc.array(
      fc.record({
        at: day.map(daysAgo),
        signs: fc.constant<Flag['signs']>(['denigration']),
        severity: fc.constant('low' as const),
      }),
      {
        maxLength: 20,
      },
    );
    fc.assert(
      fc.property(flags, (list) => {
        const { trend } = summarizeFlags(list, NOW);
        const last30 = list.filter((f) => f.at >= daysAgo(30)).length;
        const previous30 = list.filter((f) => f.at < daysAgo(30) && f.at >= daysAgo(60)).length;
        if (trend === 'rising') {
          expect(previous30).toBeGreaterThan(0);
          expect(last30).toBeGreaterThan(previous30);
        }
      }),
    );
  });

  it('answers each sign with its own response, the most called-for first', () => {
    expect(summarizeFlags([flag(1, ['reversal-after-signoff'])], NOW).responses).toEqual(['recap']);
    expect(
      summarizeFlags([flag(1, ['late-payment', 'criticism-without-feedback']), flag(3, ['denigration'])], NOW)
        .responses,
    ).toEqual(['feedback-meeting', 'rate-talk']);
    // Signs older than 90 days call for nothing any more.
    expect(summarizeFlags([flag(100, ['scope-creep'])], NOW).responses).toEqual([]);
  });

  it('suggests ending only for grave signs spread over two weeks at least', () => {
    expect(THRESHOLDS).toEqual({ end: 12, endSpreadDays: 7 });
    const grave = (days: number) => flag(days, ['denigration', 'criticism-without-feedback'], 'high');
    // 12 weighted signs within one week: a bad week, not yet a relationship to end.
    expect(summarizeFlags([grave(1), grave(5)], NOW).considerEnding).toBe(false);
    expect(summarizeFlags([grave(1), grave(8)], NOW).considerEnding).toBe(true);
    expect(summarizeFlags([grave(1), grave(60)], NOW).considerEnding).toBe(true);
    // Spread but light: not enough.
    expect(summarizeFlags([flag(1, ['denigration']), flag(30, ['denigration'])], NOW).considerEnding).toBe(false);
  });

  it('never suggests ending for signs that all fall within seven days', () => {
    const start = fc.integer({ min: 0, max: 80 });
    fc.assert(
      fc.property(
        start,
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 30 }),
        (first, offsets) => {
          const list = offsets.map((offset) => flag(first + offset / 7, ['denigration', 'late-payment'], 'high'));
          expect(summarizeFlags(list, NOW).considerEnding).toBe(false);
        },
      ),
    );
  });
});

describe('the sign-to-response table', () => {
  it('gives every warning sign a response and a template', () => {
    for (const sign of warningSigns) expect(responses).toContain(RESPONSE_OF_SIGN[sign]);
    for (const response of responses) expect(templateCategories).toContain(RESPONSE_TEMPLATE[response]);
  });

  it('sends reversals to a recap, criticism to a feedback meeting, payment and scope to a talk, night demands to a boundary', () => {
    expect(RESPONSE_OF_SIGN['reversal-after-signoff']).toBe('recap');
    expect(RESPONSE_OF_SIGN['criticism-without-feedback']).toBe('feedback-meeting');
    expect(RESPONSE_OF_SIGN['late-payment']).toBe('rate-talk');
    expect(RESPONSE_OF_SIGN['scope-creep']).toBe('scope-talk');
    expect(RESPONSE_OF_SIGN['out-of-hours-demands']).toBe('boundary');
  });

  it('lists each response once, whatever the signs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...warningSigns), { maxLength: 40 }), (signs) => {
        const listed = responsesFor(signs);
        expect(new Set(listed).size).toBe(listed.length);
        expect(new Set(listed)).toEqual(new Set(signs.map((sign) => RESPONSE_OF_SIGN[sign])));
      }),
    );
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
