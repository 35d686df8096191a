import { parseDateExpression } from './dates';
import { parseTemplate, type TemplateSyntaxError } from './parse';
import type { Template } from './template-schema';
import { isBuiltinVariable } from './variables';

/** Something that keeps a template from being saved, located for the editor. */
export type TemplateProblem =
  | (TemplateSyntaxError & { where: 'subject' | 'body' })
  | { code: 'unknown'; where: 'subject' | 'body'; token: string; line: number; column: number }
  | { code: 'duplicate-field'; where: 'fields'; token: string }
  | { code: 'bad-date-default'; where: 'fields'; token: string }
  | { code: 'bad-choice-default'; where: 'fields'; token: string };

export function findTemplateProblems(template: Pick<Template, 'subject' | 'body' | 'fields'>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const fieldIds = new Set<string>();
  for (const field of template.fields) {
    if (fieldIds.has(field.id)) problems.push({ code: 'duplicate-field', where: 'fields', token: field.id });
    fieldIds.add(field.id);
    if (field.kind === 'date' && !parseDateExpression(field.default)) {
      problems.push({ code: 'bad-date-default', where: 'fields', token: field.default });
    }
    if (field.kind === 'choice' && field.default && !field.options.includes(field.default)) {
      problems.push({ code: 'bad-choice-default', where: 'fields', token: field.default });
    }
  }
  for (const where of ['subject', 'body'] as const) {
    const { parts, errors } = parseTemplate(template[where]);
    problems.push(...errors.map((error) => ({ ...error, where })));
    for (const part of parts) {
      if (part.kind !== 'placeholder') continue;
      const known = fieldIds.has(part.name) || isBuiltinVariable(part.name) || !!parseDateExpression(part.name);
      if (!known) {
        problems.push({ code: 'unknown', where, token: part.token, line: part.line, column: part.column });
      }
    }
  }
  return problems;
}

/** One line per problem, in English, for errors thrown by the background. */
export function describeTemplateProblems(problems: TemplateProblem[]): string {
  return problems
    .map((p) => {
      const at = 'line' in p ? `${p.where} line ${p.line}, column ${p.column}: ` : `${p.where}: `;
      const what = {
        unclosed: `"${p.token}" is not closed with }}`,
        unopened: `"}}" closes nothing`,
        empty: `"${p.token}" names nothing`,
        unknown: `unknown variable ${p.token}`,
        'duplicate-field': `two fields are named "${p.token}"`,
        'bad-date-default': `"${p.token}" is not a date expression`,
        'bad-choice-default': `"${p.token}" is not one of the choices`,
      }[p.code];
      return at + what;
    })
    .join('\n');
}
