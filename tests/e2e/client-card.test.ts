import { describe, expect, it } from 'vitest';
import {
  checkEnding,
  checkOneFlag,
  checkStoredDay,
  flagWithQuote,
  type CardWords,
} from './support/client-card-scenario';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

const WORDS: CardWords = {
  noteSign: 'Note a warning sign',
  save: 'Save the sign',
  serious: 'Serious',
  seenOn: 'Seen on',
  quoteFromSelection: 'Quote the sentence selected in the message',
  sign: 'A decision reversed after sign-off',
  noTrend: 'Warning signs: 1 in 30 days, 1 in 90 days (only this month: not a trend yet)',
  recapAction: 'Write a recap',
  endingAction: 'Prepare the ending in a new email',
  checklist: [
    'Notice period: the date the work stops',
    'Final invoice: what is still owed',
    'Handing over access: passwords, files, accounts',
  ],
  newDraftButton: 'Open as a new email',
  newDraftTarget: 'For Mark Ellison <mark@northwind-creative.com>, in a new email (not in this thread).',
};

describe('the client card, in English', () => {
  it('quotes the client’s sentence, dates the sign in the past, and sees no trend in one flag', async () => {
    const page = await flagWithQuote(browser(), WORDS);
    await checkOneFlag(page, WORDS);
    await checkStoredDay(browser());
    expect(browser().errors).toEqual([]);
  });

  it('suggests ending only for signs over two weeks, as a new email with its checklist', async () => {
    await checkEnding(browser(), WORDS);
    expect(browser().errors).toEqual([]);
  });
});
