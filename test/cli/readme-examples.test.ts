// The README's examples and every command's --help examples, run as a reader of a fresh clone would: in an empty
// folder holding only the bundled test/fixtures, with no network. Shown output must be what the command prints.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.ts';
import { BIN, ROOT, runCli, tempDir } from './run-cli.ts';

/** Commands that need the network; their examples are shown, not run. */
const NEEDS_NETWORK = /^npx cchc (run|crawl)\b/;
/** Synopsis lines (`--db FILE`, `[--format …]`) describe a command; they are not examples. */
const SYNOPSIS = /\[|…|\b(FILE|URL|REGEX|SQL|WORDS|NAME|N|S)\b/;

interface Example {
  command: string;
  /** Output shown under a `$ ` command; a first line `…` means only its end is shown. */
  shown?: string;
  /** SQL to give `cchc query` on standard input. */
  sql?: string;
}

function readmeExamples(readme: string): Example[] {
  const examples: Example[] = [];
  for (const block of readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const [, lang, body] = block as unknown as [string, string, string];
    if (lang === 'sh') {
      for (const line of body.split('\n')) {
        const command = line.replace(/\s{2,}#.*$/, '').trim();
        if (command.startsWith('npx cchc ') && !SYNOPSIS.test(command)) examples.push({ command });
      }
    } else if (lang === 'sql') {
      for (const statement of body.split(/;\s*$/m)) {
        if (statement.replace(/^--.*$/gm, '').trim()) examples.push({ command: 'npx cchc query --db cchc-demo.db -', sql: statement.trim() });
      }
    } else if (lang === '') {
      const parts = body.split(/^\$ /m).slice(1);
      for (const part of parts) {
        const [command = '', ...out] = part.split('\n');
        examples.push({ command, shown: out.join('\n').replace(/\n+$/, '') });
        // commands an example's output suggests (the demo's "Explore further") must run too
        for (const line of out) if (/^\s+npx cchc /.test(line)) examples.push({ command: line.trim() });
      }
    }
  }
  return examples;
}

function shell(command: string, cwd: string, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cchc = `"${process.execPath}" "${BIN}"`;
  const script = command.replace(/^npx cchc\b|(?<=\|\s*)cchc\b|^cchc\b/g, cchc);
  const child = spawn('bash', ['-o', 'pipefail', '-c', script], { cwd, env: { ...process.env, CI: 'true' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdin.end(input ?? '');
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The demo's sample site listens on a port of the moment; lines' trailing spaces are not part of the output. */
function normalise(text: string): string {
  return text.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT').replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
}

const clone = tempDir('cchc-readme-');
symlinkSync(join(ROOT, 'test'), clone.file('test'));
afterAll(() => clone.cleanup());

describe('README examples, from a fresh clone', () => {
  const examples = readmeExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('finds the examples (the demo, extract, eval, search, the refused write, the SQL)', () => {
    const commands = examples.map((e) => e.command);
    for (const c of ['npx cchc demo', 'npx cchc extract', 'npx cchc eval', 'npx cchc search', 'npx cchc query --db cchc-demo.db "DELETE']) {
      expect(commands.some((x) => x.startsWith(c)), c).toBe(true);
    }
    expect(examples.filter((e) => e.sql).length).toBeGreaterThanOrEqual(5);
    expect(examples.filter((e) => e.shown !== undefined).length).toBeGreaterThanOrEqual(5);
  });

  it('runs each in order, exits as shown and prints what is shown', async () => {
    for (const example of examples) {
      if (NEEDS_NETWORK.test(example.command)) continue;
      const r = await shell(example.command, clone.dir, example.sql);
      const label = `README: ${example.command}${example.sql ? `\n${example.sql}` : ''}\n${r.stderr}`;
      const refusal = example.shown?.startsWith('cchc:') ?? false;
      expect(r.code, label).toBe(refusal ? 1 : 0);
      if (example.shown === undefined) continue;
      const printed = normalise(refusal ? r.stderr : r.stdout);
      const shown = normalise(example.shown);
      if (shown.startsWith('…\n')) expect(printed.endsWith(shown.slice(2)), `${label}\nprinted:\n${printed}`).toBe(true);
      else expect(printed, label).toBe(shown);
    }
  }, 180_000);
});

describe('--help examples', () => {
  it('every command that works offline shows examples in --help, and each runs from a fresh clone', async () => {
    // the demo's database first, as the examples on cchc-demo.db say
    // (--force: the README's examples above may have made it already)
    expect((await shell('npx cchc demo --force', clone.dir)).code).toBe(0);
    let count = 0;
    for (const command of buildProgram().commands.map((c) => c.name())) {
      const help = await runCli([command, '--help'], { cwd: clone.dir });
      expect(help.code).toBe(0);
      expect(help.stdout, `${command} --help names a path of this machine`).not.toContain(ROOT);
      const examples = help.stdout.split(/^Examples?\b.*:$/m)[1]?.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim()) ?? [];
      if (['crawl', 'run', 'demo'].includes(command)) continue;
      expect(examples.length, `${command} --help has no examples`).toBeGreaterThan(0);
      for (const example of examples) {
        const r = await shell(example, clone.dir);
        expect(r.code, `${command} --help: ${example}\n${r.stderr}`).toBe(0);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(8);
  }, 180_000);
});

describe('no path of a build machine', () => {
  it('appears in any file of the project', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    // home, scratch and workspace folders of build machines; written in pieces so that this file does not match itself
    const machinePath = new RegExp(`(?<![\\w.~-])/(${['wo' + 'rk', 'ho' + 'me', 'tm' + 'p', 'ro' + 'ot', 'Us' + 'ers'].join('|')})/[\\w.-]`);
    const found: string[] = [];
    for (const file of files) {
      if (file === 'package-lock.json') continue;
      let text: string;
      try {
        text = readFileSync(join(ROOT, file), 'utf8');
      } catch {
        continue; // listed but deleted in the working tree
      }
      if (text.includes('\0')) continue;
      const m = machinePath.exec(text);
      if (m) found.push(`${file}: ${text.slice(Math.max(0, m.index - 30), m.index + 40).replace(/\n/g, ' ')}`);
    }
    expect(found).toEqual([]);
  });
});
