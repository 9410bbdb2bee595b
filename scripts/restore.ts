/**
 * Puts a backup made with `npm run backup` back in place of the bot's database:
 *   npm run --silent restore -- <file>
 * Only while no bot runs on DATA_DIR (stop it first); the replaced database is kept next to it.
 */
import { existsSync } from 'node:fs';
import { loadConfig, loadDotEnv } from '../src/config';
import { checkBackup, restoreDatabase, runningBots } from '../src/store/backup';

const PROBLEMS = {
  'not-sqlite': 'is geen SQLite-database',
  'not-ours': 'is geen database van de JOS-assistent',
  damaged: 'is beschadigd (integrity_check faalt)',
} as const;

function main(source: string | undefined): number {
  if (!source) {
    console.error('Gebruik: npm run --silent restore -- <bestand>');
    return 2;
  }
  if (!existsSync(source)) {
    console.error(`${source} bestaat niet.`);
    return 2;
  }
  const config = loadConfig(process.env);
  const running = runningBots(config.dataDir);
  if (running.length > 0) {
    console.error(`De bot draait nog (proces ${running.join(', ')}). Stop hem eerst; terugzetten onder een draaiende bot maakt de database kapot.`);
    return 2;
  }
  const check = checkBackup(source);
  if (!check.ok) {
    console.error(`${source} ${PROBLEMS[check.reason]}; er is niets veranderd.`);
    return 2;
  }
  const kept = restoreDatabase(config.databaseFile, source, new Date());
  console.error(`Teruggezet: ${config.databaseFile}${kept ? ` (de vorige staat in ${kept})` : ''}`);
  return 0;
}

loadDotEnv();
process.exitCode = main(process.argv[2]);
