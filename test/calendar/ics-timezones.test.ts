import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The .ics checks again with the process in UTC and in Europe/Amsterdam: code that reads wall time from a
 * native Date passes in one zone and fails in the other. A child vitest is the only way to change TZ for a process.
 */
const ICS_TESTS = ['test/calendar/ics.test.ts', 'test/spreekuur/booking-ics.test.ts', 'test/meetings/invitations.test.ts'];

describe('.ics checks under both process time zones', () => {
  for (const zone of ['UTC', 'Europe/Amsterdam']) {
    it(`pass with TZ=${zone}`, () => {
      const run = spawnSync('npx', ['vitest', 'run', '--reporter=verbose', '--project', 'unit-and-conversation', ...ICS_TESTS], {
        env: { ...process.env, TZ: zone, CI: '1' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toContain(`process TZ=${zone}`);
    }, 150_000);
  }
});
