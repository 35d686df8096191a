import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/lib/templates/detect-language';

describe('detectLanguage', () => {
  it.each([
    ['Hi Jane, could you send me the deck for the board? Thanks, Mark', 'en'],
    ['Bonjour Jane, pouvez-vous ajouter le lancement partenaire ? Merci, Claire', 'fr'],
    [
      'Jane, changement de programme : le comité est avancé à jeudi, il nous faudrait la présentation demain midi.',
      'fr',
    ],
    ['OK', undefined],
    ['', undefined],
  ])('%j is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
