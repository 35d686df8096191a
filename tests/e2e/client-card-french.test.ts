import { describe, expect, it } from 'vitest';
import {
  checkEnding,
  checkOneFlag,
  checkStoredDay,
  flagWithQuote,
  type CardWords,
} from './support/client-card-scenario';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser({ language: 'fr' });

const WORDS: CardWords = {
  noteSign: 'Noter un signal d’alerte',
  save: 'Enregistrer le signal',
  serious: 'Sérieux',
  seenOn: 'Constaté le',
  quoteFromSelection: 'Citer la phrase sélectionnée dans le message',
  sign: 'Une décision remise en cause après validation',
  noTrend: 'Signaux d’alerte\u00a0: 1 en 30 jours, 1 en 90 jours (seulement ce mois-ci\u00a0: pas encore une tendance)',
  recapAction: 'Rédiger un récapitulatif',
  endingAction: 'Préparer la fin dans un nouvel e-mail',
  checklist: [
    'Préavis : la date de fin du travail',
    'Facture finale : ce qui reste dû',
    'Passation des accès : mots de passe, fichiers, comptes',
  ],
  newDraftButton: 'Ouvrir dans un nouvel e-mail',
  newDraftTarget:
    'Pour Mark Ellison <mark@northwind-creative.com>, dans un nouvel e-mail (pas dans cette conversation).',
};

describe('the client card, in French', () => {
  it('cite la phrase du client, date le signal dans le passé et ne voit pas de tendance dans un seul signal', async () => {
    const page = await flagWithQuote(browser(), WORDS);
    await checkOneFlag(page, WORDS);
    await checkStoredDay(browser());
    expect(browser().errors).toEqual([]);
  });

  it('ne suggère la fin que pour des signaux sur deux semaines, dans un nouvel e-mail avec sa liste', async () => {
    await checkEnding(browser(), WORDS);
    expect(browser().errors).toEqual([]);
  });
});
