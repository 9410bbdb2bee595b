/**
 * Anonymous monitoring counts as CSV, one subcommand per feature:
 *   npm run --silent report -- consultaties [--from YYYY-MM] [--to YYYY-MM]
 *   npm run --silent report -- spreekuur --from YYYY-MM-DD --to YYYY-MM-DD
 *   npm run --silent report -- bijeenkomsten --from YYYY-MM-DD --to YYYY-MM-DD
 * Reads the bot's database (DATA_DIR); never prints names or message text.
 */
import { DateTime } from 'luxon';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { consultationCounts, consultationCountsCsv } from '../src/consultations/report';
import { meetingAttendanceCounts, meetingAttendanceCsv } from '../src/meetings/report';
import { spreekuurCounts, spreekuurCountsCsv } from '../src/spreekuur/report';
import { openDatabase, type Db } from '../src/store/db';

interface Subcommand {
  describe: string;
  run: (db: Db, args: string[]) => string;
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  consultaties: {
    describe: 'anonieme consultaties per maand, school en thema (aantallen, tijd tot oppakken)',
    run: (db, args) => {
      const { values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' } } });
      for (const [flag, value] of Object.entries(values)) {
        if (value !== undefined && !isCalendarValue(value, 'yyyy-MM')) throw new UsageError(`--${flag} verwacht een maand als 2026-11, niet "${value}"`);
      }
      if (values.from && values.to && values.from > values.to) throw new UsageError('--from ligt na --to');
      return consultationCountsCsv(consultationCounts(db, values));
    },
  },
  spreekuur: {
    describe: 'spreekuurafspraken per school en week: geboekt, geannuleerd, niet gekomen (--from en --to als 2026-11-01)',
    run: (db, args) => spreekuurCountsCsv(spreekuurCounts(db, dateRange(args))),
  },
  bijeenkomsten: {
    describe: 'netwerkgroep en leeromgeving per bijeenkomst: uitgenodigd, antwoorden (en waarvandaan), aanwezig (--from en --to als 2026-11-01)',
    run: (db, args) => meetingAttendanceCsv(meetingAttendanceCounts(db, dateRange(args))),
  },
};

class UsageError extends Error {}

/** A real month or date in exactly this form: 2026-02-30 and 2026-13 are refused, not rolled over. */
function isCalendarValue(value: string, format: 'yyyy-MM' | 'yyyy-MM-dd'): boolean {
  return value.length === format.length && DateTime.fromFormat(value, format).isValid;
}

/** --from and --to as Amsterdam dates (inclusive). */
function dateRange(args: string[]): { from: string; to: string } {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' } } });
  for (const flag of ['from', 'to'] as const) {
    if (!isCalendarValue(values[flag] ?? '', 'yyyy-MM-dd')) {
      throw new UsageError(`--${flag} verwacht een datum als 2026-11-01${values[flag] ? `, niet "${values[flag]}"` : ''}`);
    }
  }
  if (values.from! > values.to!) throw new UsageError('--from ligt na --to');
  return { from: values.from!, to: values.to! };
}

function usage(): string {
  return ['Gebruik: npm run --silent report -- <onderdeel> [opties]', ...Object.entries(SUBCOMMANDS).map(([name, sub]) => `  ${name}: ${sub.describe}`)].join('\n');
}

const [name, ...rest] = process.argv.slice(2);
const subcommand = name ? SUBCOMMANDS[name] : undefined;
if (!subcommand) {
  console.error(name ? `Onbekend onderdeel "${name}".\n${usage()}` : usage());
  process.exit(2);
}
const db = openDatabase(loadConfig(process.env).databaseFile);
try {
  process.stdout.write(subcommand.run(db, rest));
} catch (error) {
  if (!(error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw error;
  console.error(`${(error as Error).message}\n${usage()}`);
  process.exitCode = 2;
} finally {
  db.close();
}
