import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';
import { FIREFOX_EXTENSION_DIR } from './support/firefox';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

describe('the Firefox build', () => {
  it('is built as MV3 for production and passes web-ext lint with no error', async () => {
    // `npm test` builds it first, as `npm run build:firefox` does (outside vitest, whose
    // NODE_ENV=test would compile React's JSX for development): the Firefox tests run this very
    // build, so it is read here, never rebuilt under them.
    const dir = FIREFOX_EXTENSION_DIR;
    for (const script of ['gmail', 'calendar']) {
      const code = await readFile(join(dir, 'content-scripts', `${script}.js`), 'utf8');
      expect(code).not.toContain('jsxDEV');
      expect(code).not.toMatch(/fileName:\w+,lineNumber:/);
    }
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });

    // web-ext exits non-zero on errors; the JSON report is read either way.
    const { stdout } = await run(
      bin('web-ext'),
      ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      {
        cwd: ROOT,
      },
    ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});

// zod (about 60 kB minified) belongs in the background and the extension pages, which validate;
// the content scripts run in every Gmail and Calendar tab and import only its inferred types.
// Both markers survive minification: zod 4 keeps its internals under `_zod` and names its error.
const ZOD_MARKERS = ['_zod', 'ZodError'];

describe.each([
  ['Chrome', EXTENSION_DIR],
  ['Firefox', FIREFOX_EXTENSION_DIR],
])('the %s build', (_, dir) => {
  it('has no zod in its content scripts, and zod in its background', async () => {
    const scripts = (await readdir(join(dir, 'content-scripts'))).filter((name) => name.endsWith('.js'));
    expect(scripts.sort()).toEqual(['calendar.js', 'gmail.js']);
    for (const script of scripts) {
      const code = await readFile(join(dir, 'content-scripts', script), 'utf8');
      for (const marker of ZOD_MARKERS) expect(code, `${script} holds ${marker}`).not.toContain(marker);
    }
    // The markers do find zod where it is: a renamed marker cannot make this test pass vacuously.
    const background = await readFile(join(dir, 'background.js'), 'utf8');
    for (const marker of ZOD_MARKERS) expect(background).toContain(marker);
  });
});
