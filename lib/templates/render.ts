import { format, isAfter, startOfDay } from 'date-fns';
import type { ClientAgreement } from '@/lib/clients/agreement';
import type { Person } from '@/lib/clients/person';
import type { Interval } from '@/lib/gaps/find-gaps';
import { defaultGapSettings, type WorkHours } from '@/lib/gaps/gap-settings';
import { parseIsoDay, type WorkWeek } from '@/lib/work-week/working-day';
import { avoidFullDays, type ProposedDay } from './calendar-dates';
import { evaluateDateExpression, formatTemplateDate, parseDateExpression, type DateExpression } from './dates';
import { cleanLine, cleanText } from '@/lib/text/clean-text';
import { MAX_ADDRESS_LENGTH, MAX_NAME_LENGTH, MAX_SUBJECT_LENGTH } from '@/lib/text/limits';
import { parseTemplate } from './parse';
import type { Template, TemplateField } from './template-schema';
import { agreementVariables, firstNameOf, isBuiltinVariable, type BuiltinVariable } from './variables';
import { describeSlots } from './slot-list';
import { describeWorkingHours } from './working-hours';

/** What a template is filled from, besides the fields the user fills in. */
export interface RenderContext {
  client?: Person;
  me: { name: string; signature: string };
  threadSubject?: string;
  today: Date;
  week: WorkWeek;
  /** Working hours of each weekday (0 = Sunday), for {{me.workingHours}}; the default hours when absent. */
  workHours?: WorkHours[];
  /** What was agreed with the client (their card), and their weekly hours cap from the Hours settings. */
  agreement?: ClientAgreement & { weeklyHours?: number | null };
  /** Working days Calendar last showed fully booked (yyyy-MM-dd): a proposed date moves past them. */
  fullDays?: ReadonlySet<string>;
  /** The trusted colleagues a hand-off can name; the form offers them, and the first who writes the template's language comes first. */
  colleagues?: Array<{ name: string; email: string; languages: string[] }>;
  /** Free slots Calendar shows later in the week, for {{calendar.freeSlots}} (Calendar's "propose another slot"). */
  freeSlots?: Interval[];
}

/** The user's answers, by field id; `client.firstName` may be corrected there too. */
export type FieldValues = Record<string, string>;

export interface RenderedTemplate {
  subject: string;
  body: string;
  /** The body without {{me.signature}}, for a compose where Gmail already put the user's signature. */
  unsignedBody: string;
}

const ISO_DAY = 'yyyy-MM-dd';

/**
 * What a colleague variable shows while no colleague is known or typed: a visible blank in the
 * template's language, so neither the preview nor a hurried insert leaves "I have asked , who".
 */
const COLLEAGUE_BLANKS = {
  en: { 'colleague.name': "[colleague's name]", 'colleague.email': "[colleague's email]" },
  fr: { 'colleague.name': '[nom de la personne]', 'colleague.email': '[son adresse e-mail]' },
} as const;

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
    // A text default may use the built-in variables ("{{me.workingHours}}"): the form then starts
    // from what the settings and the client card say, and the user can still change it.
    values[field.id] =
      field.kind === 'date'
        ? defaultDateValue(field, context)
        : field.kind === 'choice'
          ? field.default
          : renderText(field.default, { ...template, fields: [] }, context, values);
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
    case 'client.greeting': {
      if (context.agreement?.greeting) return cleanLine(context.agreement.greeting, MAX_NAME_LENGTH);
      const name = builtin('client.firstName', template, context, values);
      const hello = template.language === 'fr' ? 'Bonjour' : 'Hi';
      return name ? `${hello} ${name}` : hello;
    }
    case 'client.rate':
      // Unset, the sentence still reads: "at my usual rate".
      return (
        cleanLine(context.agreement?.rate ?? '', MAX_NAME_LENGTH) ||
        (template.language === 'fr' ? 'mon tarif habituel' : 'my usual rate')
      );
    case 'client.noticePeriod':
      return cleanLine(context.agreement?.noticePeriod ?? '', MAX_NAME_LENGTH);
    case 'client.weeklyHours': {
      const hours = context.agreement?.weeklyHours;
      return hours ? hours.toLocaleString(template.language) : '';
    }
    case 'me.workingHours':
      return describeWorkingHours(
        context.week.workDays,
        context.workHours ?? defaultGapSettings.workHours,
        template.language,
      );
    case 'me.name':
      return cleanLine(context.me.name, MAX_NAME_LENGTH);
    case 'me.signature':
      return values[UNSIGNED] === 'yes' ? '' : context.me.signature || context.me.name;
    case 'today':
      return formatTemplateDate(context.today, template.language, context.today);
    case 'thread.subject':
      return cleanLine(context.threadSubject ?? '', MAX_SUBJECT_LENGTH);
    case 'colleague.name':
      return cleanLine(values[name] ?? '', MAX_NAME_LENGTH) || COLLEAGUE_BLANKS[template.language][name];
    case 'colleague.email':
      return cleanLine(values[name] ?? '', MAX_ADDRESS_LENGTH) || COLLEAGUE_BLANKS[template.language][name];
    case 'calendar.freeSlots':
      // Outside Calendar none is known: the field holding it starts empty for the user to fill.
      return describeSlots(context.freeSlots ?? [], template.language, context.today);
  }
}

function resolve(name: string, template: Template, context: RenderContext, values: FieldValues): string | undefined {
  const field = template.fields.find((f) => f.id === name);
  if (field) {
    const value = values[name] ?? '';
    if (field.kind !== 'date') return value;
    const day = parseIsoDay(value);
    return day ? formatTemplateDate(day, template.language, context.today) : value;
  }
  if (isBuiltinVariable(name)) return builtin(name, template, context, values);
  const expression = parseDateExpression(name);
  if (expression) return formatTemplateDate(proposeDay(expression, context).date, template.language, context.today);
  return undefined;
}

// Asks builtin() for the body without the signature; no field id can hold a dot.
const UNSIGNED = 'me.unsigned';

function renderLine(source: string, template: Template, context: RenderContext, values: FieldValues): string | null {
  const rendered: string[] = [];
  const parts = parseTemplate(source).parts;
  for (const [i, part] of parts.entries()) {
    if (part.kind === 'text') {
      rendered.push(part.text);
      continue;
    }
    const value = resolve(part.name, template, context, values);
    // A line about something the client card does not hold ("our notice period is ...") is left out.
    if (value === '' && (agreementVariables as readonly string[]).includes(part.name)) return null;
    // A blank left empty leaves no double space ("deliver {{task}} on" reads "deliver on") and
    // no empty brackets ("the new request ({{change}})." reads "the new request.").
    const next = parts[i + 1];
    if (value === '' && next?.kind === 'text') {
      const before = rendered.pop() ?? '';
      if (before.endsWith('(') && next.text.startsWith(')')) {
        rendered.push(before.replace(/ ?\($/, ''));
        parts[i + 1] = { ...next, text: next.text.slice(1) };
      } else rendered.push(/^[ .,]/.test(next.text) ? before.replace(/ $/, '') : before);
    }
    // No value, whoever typed it, brings an invisible character into the email.
    rendered.push(value === undefined ? part.token : cleanText(value));
  }
  // Spaces left at a line's end by an empty blank ("... agreed. {{reason}}") go.
  return rendered.join('').trimEnd();
}

function renderText(source: string, template: Template, context: RenderContext, values: FieldValues): string {
  const lines = source.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const rendered = renderLine(line, template, context, values);
    if (rendered !== null) return out.push(rendered);
    // A paragraph of one line that goes takes one of the blank lines around it along.
    if (out.at(-1) === '' && (lines[i + 1] ?? '').trim() === '') out.pop();
  });
  return out.join('\n');
}

// Not a regex: /\s*:$/ backtracks over a long run of spaces in quadratic time.
// Repeated: a blank holding a dash ("date: -") leaves the colon dangling once the dash goes.
function withoutDanglingColon(text: string): string {
  let out = text;
  while ([':', '–', '-'].includes(out.at(-1) ?? '')) out = out.slice(0, -1).trimEnd();
  return out;
}

/** A subject starts with a capital, whatever the first blank holds ("le livrable : ..."). */
const capitalized = (text: string, language: string) =>
  text.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase(language));

/**
 * Fills a template: plain text in, plain text out, whatever the user typed (markup stays
 * text; it is inserted as text). Never throws: a placeholder it cannot fill stays as written.
 */
export function renderTemplate(template: Template, context: RenderContext, values: FieldValues): RenderedTemplate {
  // One line: each line break, with the white space around it, becomes one space (line by
  // line: a regex doing it backtracks over a long run of spaces in quadratic time).
  const subject = renderText(template.subject, template, context, values)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  return {
    // A blank left empty at the end leaves no dangling colon ("Recap:" reads "Recap").
    subject: capitalized(withoutDanglingColon(subject), template.language),
    body: renderText(template.body, template, context, values),
    unsignedBody: renderText(template.body, template, context, { ...values, [UNSIGNED]: 'yes' }).trimEnd(),
  };
}
