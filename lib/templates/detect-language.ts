import type { TemplateLanguage } from './template';

// Short, frequent words that tell English from French in a few lines of email.
const MARKERS: Record<TemplateLanguage, Set<string>> = {
  en: new Set([
    'the',
    'and',
    'you',
    'your',
    'to',
    'of',
    'is',
    'for',
    'we',
    'can',
    'with',
    'thanks',
    'hi',
    'please',
    'this',
    'that',
    'could',
    'would',
    'will',
    'need',
  ]),
  fr: new Set([
    'le',
    'la',
    'les',
    'et',
    'vous',
    'votre',
    'de',
    'des',
    'est',
    'pour',
    'nous',
    'avec',
    'merci',
    'bonjour',
    'pouvez',
    'une',
    'un',
    'il',
    'faut',
    'du',
    'ce',
    'cette',
    'pas',
  ]),
};

/** The language a message is written in, when its words say so clearly enough. */
export function detectLanguage(text: string): TemplateLanguage | undefined {
  const words = text.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
  let en = 0;
  let fr = 0;
  for (const word of words.slice(0, 400)) {
    if (MARKERS.en.has(word)) en++;
    if (MARKERS.fr.has(word)) fr++;
  }
  if (en + fr < 3) return undefined;
  if (fr > en * 1.5) return 'fr';
  if (en > fr * 1.5) return 'en';
  return undefined;
}
