// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commitProblems } from '@/scripts/check-commits';

describe('the commit message rule', () => {
  it('takes a subject of 72 characters with a body, and names what is wrong otherwise', () => {
    expect(commitProblems({ hash: 'a', subject: 'x'.repeat(72), body: 'Why.\n' })).toEqual([]);
    expect(commitProblems({ hash: 'b', subject: 'x'.repeat(73), body: '\n \n' })).toEqual([
      'its subject has 73 characters (72 at most)',
      'it has no body saying why',
    ]);
  });
});

describe('scripts/check-commits.ts on a repository', () => {
  let repo: string;
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('holds the commits from its own on to the rule, and leaves the older ones alone', () => {
    repo = mkdtempSync(join(tmpdir(), 'leeway-commits-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    const commit = (file: string, message: string) => {
      writeFileSync(join(repo, file), message);
      git('add', '-A');
      git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', message);
    };
    git('init', '-q');
    commit('old.txt', 'An old commit from before the rule, with a subject far longer than seventy-two characters');
    mkdirSync(join(repo, 'scripts'));
    copyFileSync(join(process.cwd(), 'scripts/check-commits.ts'), join(repo, 'scripts/check-commits.ts'));
    commit('adopt.txt', 'Check commit messages\n\nSo that each one says why.');
    const check = () => spawnSync(process.execPath, ['scripts/check-commits.ts'], { cwd: repo, encoding: 'utf8' });

    expect(check().status).toBe(0);
    expect(check().stdout).toContain('1 of 1 commit message(s) follow the rule');

    commit('new.txt', 'A new commit without a body');
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"A new commit without a body": it has no body saying why');
  });
});
