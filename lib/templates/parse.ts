/**
 * Template syntax: plain text with `{{name}}` placeholders. A name is a built-in variable
 * (`client.firstName`), one of the template's fields (`reason`), or a date expression
 * (`today + 2 working days`). Parsing never throws: problems come back as errors with their
 * line and column (1-based) for the editor to show.
 */
type TemplatePart =
  { kind: 'text'; text: string } | { kind: 'placeholder'; name: string; token: string; line: number; column: number };

export type TemplateSyntaxError =
  | { code: 'unclosed'; token: string; line: number; column: number }
  | { code: 'unopened'; token: string; line: number; column: number }
  | { code: 'empty'; token: string; line: number; column: number };

export interface ParsedTemplate {
  parts: TemplatePart[];
  errors: TemplateSyntaxError[];
}

function positionOf(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

export function parseTemplate(source: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: TemplateSyntaxError[] = [];
  let text = '';
  let i = 0;
  const flushText = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };

  while (i < source.length) {
    const open = source.indexOf('{{', i);
    const strayClose = source.indexOf('}}', i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      errors.push({ code: 'unopened', token: '}}', ...positionOf(source, strayClose) });
      text += source.slice(i, strayClose + 2);
      i = strayClose + 2;
      continue;
    }
    if (open === -1) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, open);
    const close = source.indexOf('}}', open + 2);
    const nextOpen = source.indexOf('{{', open + 2);
    const lineEnd = source.indexOf('\n', open);
    // A placeholder sits on one line and holds no other `{{`.
    if (close === -1 || (nextOpen !== -1 && nextOpen < close) || (lineEnd !== -1 && lineEnd < close)) {
      const end = lineEnd === -1 ? source.length : lineEnd;
      errors.push({
        code: 'unclosed',
        token: source.slice(open, Math.min(end, open + 40)),
        ...positionOf(source, open),
      });
      text += source.slice(open, open + 2);
      i = open + 2;
      continue;
    }
    const token = source.slice(open, close + 2);
    const name = source.slice(open + 2, close).trim();
    if (!name) {
      errors.push({ code: 'empty', token, ...positionOf(source, open) });
    } else {
      flushText();
      parts.push({ kind: 'placeholder', name, token, ...positionOf(source, open) });
    }
    i = close + 2;
  }
  flushText();
  return { parts, errors };
}
