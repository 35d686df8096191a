import { format, isAfter, isValid, parse, startOfDay } from 'date-fns';
import type { Person } from '@/lib/clients/person';
import type { WorkWeek } from '@/lib/work-week/working-day';
import { avoidFullDays, type ProposedDay } from './calendar-dates';
import { evaluateDateExpression, formatTemplateDate, parseDateExpression, type DateExpression } from './dates';
import { cleanLine, cleanText } from '@/lib/text/clean-text';
import { MAX_ADDRESS_LENGTH, MAX_NAME_LENGTH, MAX_SUBJECT_LENGTH } from '@/lib/text/limits';
import { parseTemplate } from './parse';
import type { Template, TemplateField } from './template-schema';
import { firstNameOf, isBuiltinVariable, type BuiltinVariable } from './variables';

/** What a template is filled from, besides the fields the user fills in. */
export interface RenderContext {
  client?: Person;
  me: { name: string; signature: string };
  threadSubject?: string;
  today: Date;
  week: WorkWeek;
  /** Working days Calendar last showed fully booked (yyyy-MM-dd): a proposed date moves past them. */
  fullDays?: ReadonlySet<string>;
  /** The trusted colleagues a hand-off can name; the form offers them, and the first who writes the template's language comes first. */
  colleagues?: Array<{ name: string; email: string; languages: string[] }>;
}

/** The user's answers, by field id; `client.firstName` may be corrected there too. */
export type FieldValues = Record<string, string>;

export interface RenderedTemplate {
  subject: string;
  body: string;
}

const ISO_DAY = 'yyyy-MM-dd';

/**
 * The day a date expression proposes: counted in the user's working week and, when it is a
 * deadline counted in working days ahead ("today + 2 working days"), moved past the days Calendar
 * showed full. Other dates are what they say: "tomorrow" in a refusal is the date the client
 * asked for, full or not.
 */
export function proposeDay(expression: DateExpression, context: RenderContext): ProposedDay {
  const date = evaluateDateExpression(expression, context.today, context.week);
  const counted = expression.offset?.unit === 'working day' && isAfter(date, startOfDay(context.today));
  if (!context.fullDays?.size || !counted) return { date, skipped: [] };
  return avoidFullDays(date, context.week, context.fullDays);
}

/** A date field's proposed day, from its default expression, with the full days it moved past. */
export function defaultDateProposal(field: TemplateField & { kind: 'date' }, context: RenderContext): ProposedDay {
  return proposeDay(parseDateExpression(field.default) ?? parseDateExpression('today')!, context);
}

/** A date field's starting value (yyyy-MM-dd), from its default expression. */
function defaultDateValue(field: TemplateField & { kind: 'date' }, context: RenderContext): string {
  return format(defaultDateProposal(field, context).date, ISO_DAY);
}

/** The values the fill-in form starts from: every default already in place. */
export function defaultFieldValues(template: Template, context: RenderContext): FieldValues {
  const colleagues = context.colleagues ?? [];
  const colleague = colleagues.find((each) => each.languages.includes(template.language)) ?? colleagues[0];
  const values: FieldValues = {
    'client.firstName': firstNameOf(context.client),
    'colleague.name': colleague?.name ?? '',
    'colleague.email': colleague?.email ?? '',
  };
  for (const field of template.fields) {
    values[field.id] = field.kind === 'date' ? defaultDateValue(field, context) : field.default;
  }
  return values;
}

function builtin(name: BuiltinVariable, template: Template, context: RenderContext, values: FieldValues): string {
  // What comes from the page was cleaned and cut as it was read; again here, as it goes into an email.
  switch (name) {
    case 'client.firstName':
      return cleanLine(values['client.firstName'] ?? firstNameOf(context.client), MAX_NAME_LENGTH);
    case 'client.name':
      return cleanLine(context.client?.name ?? '', MAX_NAME_LENGTH);
    case 'client.email':
      return cleanLine(context.client?.email ?? '', MAX_ADDRESS_LENGTH);
    case 'me.name':
      return cleanLine(context.me.name, MAX_NAME_LENGTH);
    case 'me.signature':
      return context.me.signature || context.me.name;
    case 'today':
      return formatTemplateDate(context.today, template.language, context.today);
    case 'thread.subject':
      return cleanLine(context.threadSubject ?? '', MAX_SUBJECT_LENGTH);
    case 'colleague.name':
      return cleanLine(values['colleague.name'] ?? '', MAX_NAME_LENGTH);
    case 'colleague.email':
      return cleanLine(values['colleague.email'] ?? '', MAX_ADDRESS_LENGTH);
  }
}

function resolve(name: string, template: Template, context: RenderContext, values: FieldValues): string | undefined {
  const field = template.fields.find((f) => f.id === name);
  if (field) {
    const value = values[name] ?? '';
    if (field.kind !== 'date') return value;
    const day = parse(value, ISO_DAY, context.today);
    return isValid(day) ? formatTemplateDate(day, template.language, context.today) : value;
  }
  if (isBuiltinVariable(name)) return builtin(name, template, context, values);
  const expression = parseDateExpression(name);
  if (expression) return formatTemplateDate(proposeDay(expression, context).date, template.language, context.today);
  return undefined;
}

function renderText(source: string, template: Template, context: RenderContext, values: FieldValues): string {
  return parseTemplate(source)
    .parts.map((part) => {
      if (part.kind === 'text') return part.text;
      const value = resolve(part.name, template, context, values);
      // No value, whoever typed it, brings an invisible character into the email.
      return value === undefined ? part.token : cleanText(value);
    })
    .join('');
}

/**
 * Fills a template: plain text in, plain text out, whatever the user typed (markup stays
 * text; it is inserted as text). Never throws: a placeholder it cannot fill stays as written.
 */
export function renderTemplate(template: Template, context: RenderContext, values: FieldValues): RenderedTemplate {
  return {
    // One line: each line break, with the white space around it, becomes one space (line by
    // line: a regex doing it backtracks over a long run of spaces in quadratic time).
    subject: renderText(template.subject, template, context, values)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' '),
    body: renderText(template.body, template, context, values),
  };
}
