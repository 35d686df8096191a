import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** A fixture page parsed into its own Document (scripts do not run), for the DOM readers. */
export function loadFixture(file: string): Document {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
