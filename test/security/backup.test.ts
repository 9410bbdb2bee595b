import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { defineJob } from '../../src/jobs/define';
import { bookAt, mondayHours } from '../spreekuur/botWorld';
import { startTestBot } from '../helpers/bot';

const LATER = defineJob('test.later', z.object({ n: z.number() }));

function script(name: 'backup' | 'restore', dataDir: string, file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, file], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
}

describe('npm run backup and npm run restore', () => {
  it('backs up while the bot runs, refuses to restore while it runs, and round-trips bookings and jobs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jos-backup-'));
    const backupFile = join(mkdtempSync(join(tmpdir(), 'jos-backup-file-')), 'jos-backup.sqlite');
    let bot = await startTestBot({ dataDir });
    const { mentor } = await mondayHours(bot);
    await bookAt(mentor, '14:15');
    bot.deps.jobs.queue.schedule(LATER, { key: 'later-1', dueAt: new Date('2026-12-01T08:00:00Z'), payload: { n: 1 } });
    const snapshot = () => ({
      bookings: bot.db.prepare('SELECT id, starts_at, status FROM spreekuur_bookings ORDER BY id').all(),
      jobs: bot.db.prepare("SELECT job_key, status, due_at FROM jobs WHERE job_key = 'later-1'").all(),
    });
    const before = snapshot();
    expect(before.bookings).toHaveLength(1);

    const backup = script('backup', dataDir, backupFile);
    expect(backup.status, backup.stderr).toBe(0);
    expect(existsSync(backupFile)).toBe(true);
    expect(script('backup', dataDir, backupFile).status).toBe(2); // never overwrites an earlier backup

    // Changes after the backup: the booking cancelled, the job cancelled.
    await mentor.execute('spreekuur.cancel', { bookingId: 1 });
    bot.deps.jobs.queue.cancel('later-1');
    expect(snapshot()).not.toEqual(before);

    const whileRunning = script('restore', dataDir, backupFile);
    expect(whileRunning.status).toBe(2);
    expect(whileRunning.stderr).toMatch(/De bot draait nog/);

    await bot.stop();
    const restored = script('restore', dataDir, backupFile);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stderr).toMatch(/Teruggezet/);

    bot = await startTestBot({ dataDir });
    try {
      expect(snapshot()).toEqual(before);
      expect(bot.person('mentor-1')?.name).toBe('Mees Mentor');
    } finally {
      await bot.stop();
    }
  });

  it('refuses to restore a file that is not a database of this bot, and changes nothing', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jos-restore-'));
    const notADatabase = join(dataDir, 'notes.txt');
    writeFileSync(notADatabase, 'geen database');
    const run = script('restore', dataDir, notADatabase);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/geen SQLite-database/);
    expect(existsSync(join(dataDir, 'jos.sqlite'))).toBe(false);
  });
});
