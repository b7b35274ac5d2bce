// Option parsers shared by the commands. They throw commander's InvalidArgumentError, so a bad value is reported
// with the option's name and the usage, and exits 2, like every other usage error.
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_SOURCES } from '../pipeline/defaults.ts';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

export function intBetween(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    return n;
  };
}

export function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0.');
  return n;
}

/** A calendar date YYYY-MM-DD that exists (2024-02-30 does not). */
export function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value || Number(m[1]) < 1900) throw new InvalidArgumentError('expected a real date YYYY-MM-DD.');
  return value;
}

export function absoluteUrl(value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  throw new InvalidArgumentError('expected an absolute http(s) URL.');
}

/** `--param name=value`, repeatable: collected into an object for named SQL parameters (:name, @name, $name). */
export function collectParam(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(value);
  if (!m) throw new InvalidArgumentError('expected name=value (a name of letters, digits and _).');
  return { ...previous, [m[1]!]: m[2]! };
}

export type RowFormat = 'table' | 'csv' | 'json' | 'jsonl';
export const ROW_FORMATS: RowFormat[] = ['table', 'csv', 'json', 'jsonl'];

/** The --format option of every command that prints rows. */
export function formatOption(defaultFormat: RowFormat = 'table'): Option {
  return new Option('--format <format>', 'output format').choices(ROW_FORMATS).default(defaultFormat);
}

/** --sources of crawl and run: the help names the shipped registry, not its path on the machine that installed it. */
export function sourcesOption(): Option {
  return new Option('--sources <file>', 'source registry (JSON)').default(DEFAULT_SOURCES, 'the registry shipped with cchc');
}
