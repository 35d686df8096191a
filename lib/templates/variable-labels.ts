import type { MessageKey } from '@/lib/i18n';
import type { BuiltinVariable } from './variables';

/** The placeholders the template editor's menu offers, grouped as a user looks for them. */
export const placeholderMenu: Array<{ group: MessageKey; items: Array<{ name: string; label: MessageKey }> }> = [
  {
    group: 'placeholderGroupClient',
    items: [
      { name: 'client.greeting', label: 'variableClientGreeting' },
      { name: 'client.firstName', label: 'variableClientFirstName' },
      { name: 'client.name', label: 'variableClientName' },
      { name: 'client.email', label: 'variableClientEmail' },
      { name: 'client.rate', label: 'variableClientRate' },
      { name: 'client.noticePeriod', label: 'variableClientNoticePeriod' },
      { name: 'client.weeklyHours', label: 'variableClientWeeklyHours' },
    ] satisfies Array<{ name: BuiltinVariable; label: MessageKey }>,
  },
  {
    group: 'placeholderGroupMe',
    items: [
      { name: 'me.name', label: 'variableMeName' },
      { name: 'me.signature', label: 'variableMeSignature' },
      { name: 'me.workingHours', label: 'variableMeWorkingHours' },
      { name: 'colleague.name', label: 'variableColleagueName' },
      { name: 'colleague.email', label: 'variableColleagueEmail' },
    ] satisfies Array<{ name: BuiltinVariable; label: MessageKey }>,
  },
  {
    group: 'placeholderGroupDates',
    items: [
      { name: 'today', label: 'variableToday' },
      { name: 'today + 2 working days', label: 'variableInTwoWorkingDays' },
      { name: 'next monday', label: 'variableNextMonday' },
    ],
  },
  {
    group: 'placeholderGroupThread',
    items: [{ name: 'thread.subject', label: 'variableThreadSubject' }],
  },
];
