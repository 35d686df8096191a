// `npm run lint` runs this: every commit made since the rule was adopted says why. Its subject is
// at most 72 characters (what `git log --oneline` and review tools show whole) and it has a body.
// The rule applies from the commit that added this script on, so older history stays as it was;
// `--base <rev>` checks the commits after another one instead. Merge commits are left out: their
// message is git's, and the commits they bring are checked one by one.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_SUBJECT = 72;

export interface Commit {
  hash: string;
  subject: string;
  body: string;
}

/** What is wrong with a commit's message; empty when it follows the rule. */
export function commitProblems({ subject, body }: Commit): string[] {
  const problems: string[] = [];
  if (subject.length > MAX_SUBJECT)
    problems.push(`its subject has ${subject.length} characters (${MAX_SUBJECT} at most)`);
  if (!body.trim()) problems.push('it has no body saying why');
  return problems;
}

/**
 * Commits already in the history that break the rule, each with why it stays: history is not
 * rewritten once merged (every clone would diverge). Adding to this list is the exception.
 */
const GRANDFATHERED: Record<string, string> = {
  '95275f2f7642174d7f379a40dbf1b22d41214a38': 'made on a branch before the rule reached it (merged 2026-11-30)',
  '66d041b6584c740fa798062ead814ba8b74e1249': 'made on a branch before the rule reached it (merged 2026-11-30)',
};

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

/** The commit that added this script: the rule's first commit. */
function adoption(): string {
  const added = git('log', '--diff-filter=A', '--format=%H', '--', 'scripts/check-commits.ts').split('\n');
  const first = added.at(-1);
  if (!first) throw new Error('scripts/check-commits.ts is in no commit: commit it, or pass --base <rev>');
  return first;
}

/** The commits to check: `from` itself (unless it is the base given) and every later one. */
function commitsSince(from: string, inclusive: boolean): Commit[] {
  // Made after: a commit merged later but written before the rule is not held to it.
  const since = Number(git('show', '-s', '--format=%ct', from));
  const range = inclusive ? [`${from}^!`, `${from}..HEAD`] : [`${from}..HEAD`];
  const SEP = '\u001e';
  return range
    .flatMap((each) =>
      git('log', '--no-merges', `--format=%H%x1f%ct%x1f%s%x1f%b${SEP}`, each)
        .split(SEP)
        .filter((entry) => entry.trim()),
    )
    .map((entry) => entry.replace(/^\n/, '').split('\u001f'))
    .filter(([, time]) => Number(time) >= since)
    .map(([hash = '', , subject = '', body = '']) => ({ hash, subject, body }));
}

function main(): void {
  const baseIndex = process.argv.indexOf('--base');
  const base = baseIndex >= 0 ? process.argv[baseIndex + 1] : undefined;
  const commits = base ? commitsSince(git('rev-parse', base), false) : commitsSince(adoption(), true);
  let failed = 0;
  for (const commit of commits) {
    const problems = commitProblems(commit);
    if (problems.length === 0 || GRANDFATHERED[commit.hash]) continue;
    failed++;
    console.error(`${commit.hash.slice(0, 10)} "${commit.subject}": ${problems.join('; ')}`);
  }
  console.log(`check-commits: ${commits.length - failed} of ${commits.length} commit message(s) follow the rule.`);
  if (failed > 0) process.exit(1);
}

// Run as a script, not when a test imports the rule.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
