import type { MessageKey } from '@/lib/i18n';
import type { TemplateCategory, TemplateLanguage } from './template';

/** The catalogue key of each category's and language's name, for every template screen. */
export const categoryLabelKey: Record<TemplateCategory, MessageKey> = {
  delay: 'categoryDelay',
  clarification: 'categoryClarification',
  refusal: 'categoryRefusal',
  reschedule: 'categoryReschedule',
  scope: 'categoryScope',
  recap: 'categoryRecap',
  boundary: 'categoryBoundary',
  interruption: 'categoryInterruption',
  handoff: 'categoryHandoff',
  ending: 'categoryEnding',
  other: 'categoryOther',
};

export const languageLabelKey: Record<TemplateLanguage, MessageKey> = {
  en: 'languageEn',
  fr: 'languageFr',
};
