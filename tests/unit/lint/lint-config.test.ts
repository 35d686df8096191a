// @vitest-environment node
// The house rules are enforced only if the lint config reports a breach: each case lints a small
// file, placed (in memory) where the rule applies, with the project's own eslint.config.js.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: process.cwd(),
    cache: false,
    // The probes exist only in memory: TypeScript's project service takes them as extra files.
    overrideConfig: {
      languageOptions: {
        parserOptions: {
          projectService: {
            allowDefaultProject: ['lib/*/lint-probe.ts', 'components/lint-probe.tsx'],
            defaultProject: 'tsconfig.json',
          },
        },
      },
    },
  });
});

/** The rules `code` breaks when it is the file at `path`. */
async function rulesBroken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the lint config', { timeout: 120_000 }, () => {
  it('refuses a domain file that imports a component', async () => {
    const code = "import { FlagItem } from '@/components/flag-item';\nexport const item = FlagItem;\n";
    expect(await rulesBroken('lib/clients/lint-probe.ts', code)).toContain('no-restricted-imports');
  });

  it('refuses a domain file that reaches the browser, the page or the messaging', async () => {
    expect(
      await rulesBroken('lib/gaps/lint-probe.ts', 'export const lang = () => document.documentElement.lang;\n'),
    ).toContain('no-restricted-globals');
    for (const module of ['wxt/browser', '@/lib/messaging', '@/lib/gmail/routes']) {
      const code = `import * as m from '${module}';\nexport const used = m;\n`;
      expect(await rulesBroken('lib/tasks/lint-probe.ts', code), module).toContain('no-restricted-imports');
    }
  });

  it('refuses a querySelector in a component, and accepts it in lib/dom', async () => {
    const code = "export const find = (root: ParentNode) => root.querySelector('[role=main]');\n";
    expect(await rulesBroken('components/lint-probe.tsx', code)).toContain('no-restricted-syntax');
    expect(await rulesBroken('lib/dom/lint-probe.ts', code)).toEqual([]);
  });

  it('refuses a component that imports a host selector', async () => {
    const code = "import { gmailSelectors } from '@/lib/gmail/selectors';\nexport const used = gmailSelectors;\n";
    expect(await rulesBroken('components/lint-probe.tsx', code)).toContain('no-restricted-imports');
  });

  it('refuses a floating promise and a promise handed to a void callback', async () => {
    const floating = 'export async function save(): Promise<void> {}\nexport function run() {\n  save();\n}\n';
    expect(await rulesBroken('lib/templates/lint-probe.ts', floating)).toContain(
      '@typescript-eslint/no-floating-promises',
    );
    const misused =
      'export async function save(): Promise<void> {}\nexport const Button = () => <button onClick={save}>Save</button>;\n';
    expect(await rulesBroken('components/lint-probe.tsx', misused)).toContain('@typescript-eslint/no-misused-promises');
  });

  it('refuses a disabled exhaustive-deps without a reason beside it', async () => {
    const code = [
      "import { useEffect } from 'react';",
      'export function useLog(value: string) {',
      '  useEffect(() => console.log(value),',
      '  // eslint-disable-next-line react-hooks/exhaustive-deps',
      '  []);',
      '}',
      '',
    ].join('\n');
    expect(await rulesBroken('lib/hooks/lint-probe.ts', code)).toContain(
      '@eslint-community/eslint-comments/require-description',
    );
  });
});
