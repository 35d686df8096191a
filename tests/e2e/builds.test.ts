import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

describe('the Firefox build', () => {
  it('builds as MV3 and passes web-ext lint with no error', async () => {
    // vitest sets NODE_ENV=test, which would make React's JSX compile for development (and
    // break at run time in the built extension): build as `npm run build:firefox` does.
    await run(bin('wxt'), ['build', '-b', 'firefox', '--mv3'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const dir = join(ROOT, '.output/firefox-mv3');
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
