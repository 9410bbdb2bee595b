/**
 * A consistent copy of the bot's database, also while the bot runs:
 *   npm run --silent backup -- <file>
 * Reads DATA_DIR like the bot. Refuses to overwrite an existing file.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, loadDotEnv } from '../src/config';
import { backupDatabase } from '../src/store/backup';
import { openDatabase } from '../src/store/db';

async function main(target: string | undefined): Promise<number> {
  if (!target) {
    console.error('Gebruik: npm run --silent backup -- <bestand>');
    return 2;
  }
  const config = loadConfig(process.env);
  if (!existsSync(config.databaseFile)) {
    console.error(`Er is geen database om te bewaren: ${config.databaseFile} bestaat niet.`);
    return 2;
  }
  if (existsSync(target)) {
    console.error(`${target} bestaat al; kies een nieuwe bestandsnaam, dan blijft de oude back-up heel.`);
    return 2;
  }
  const db = openDatabase(config.databaseFile);
  try {
    await backupDatabase(db, resolve(target));
  } finally {
    db.close();
  }
  console.error(`Back-up gemaakt: ${resolve(target)}`);
  return 0;
}

loadDotEnv();
process.exitCode = await main(process.argv[2]);
