// The `cchc` command line: one file per command under ./commands, registered here. Command modules declare their
// options only and import their work when they run, so `cchc --version` and `--help` load almost nothing.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXTRACTOR_VERSION } from '../../extractors/version.ts';
import { registerExtract } from './commands/extract.ts';
import { registerEval } from './commands/eval.ts';
import { registerCrawl } from './commands/crawl.ts';
import { registerRun } from './commands/run.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerReextract } from './commands/reextract.ts';
import { registerQuery } from './commands/query.ts';
import { registerSearch } from './commands/search.ts';
import { registerExport } from './commands/export.ts';
import { registerStats } from './commands/stats.ts';
import { registerDemo } from './commands/demo.ts';
import { registerReport } from './commands/report.ts';
import { registerMetadata } from './commands/metadata.ts';
import { registerFigures } from './commands/figures.ts';
import { UsageError } from './errors.ts';

/** Each command module adds itself to the program; keep this list the only place that names them. */
const COMMANDS: Array<(program: Command) => void> = [registerExtract, registerEval, registerCrawl,
  registerRun, registerIngest, registerReextract, registerQuery, registerSearch, registerExport, registerStats, registerDemo, registerReport, registerMetadata, registerFigures];

const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function buildProgram(): Command {
  const program = new Command('cchc')
    .description('Vietnamese administrative-reform (CCHC) articles to a traceable SQLite dataset')
    .version(`${PACKAGE_VERSION} (extractors ${EXTRACTOR_VERSION})`)
    .exitOverride()
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI and returns the exit status: 0 ok, 1 some input failed, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // the command being run, so that cchc's own usage checks print its usage as commander's do
  let active: Command = program;
  program.hook('preAction', (_program, command) => {
    active = command;
  });
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; real usage errors with 2
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`cchc: ${err.message}\n\n`);
      active.outputHelp({ error: true });
      return 2;
    }
    process.stderr.write(`cchc: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv);
}
