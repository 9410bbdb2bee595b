import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The .ics checks must pass with the process in UTC and in Europe/Amsterdam: code that reads wall time from a native
 * Date passes in one zone and fails in the other. The main project runs them in the machine's zone; a project with
 * `env.TZ` adds each of the two zones the machine is not in (on a UTC machine only Amsterdam: a UTC project would
 * repeat the main project). `--project 'unit-and-conversation*'` runs them all.
 */
const ICS_TESTS = ['test/calendar/ics.test.ts', 'test/spreekuur/booking-ics.test.ts', 'test/meetings/invitations.test.ts'];
const MACHINE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone; // Node names Etc/UTC and the like 'UTC'
const PROCESS_ZONES = ['UTC', 'Europe/Amsterdam'].filter((zone) => zone !== MACHINE_ZONE);

export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the cores: one worker on a 2-core machine. The tests mostly wait (SQLite
    // writes, HTTP, child processes), so two workers keep both cores busy. The unit projects run with isolate: false:
    // a worker process keeps its loaded modules (botbuilder, teams-ai, ...) for the next file instead of importing them
    // again, which was half of their CPU time. Tests share no state but modules: no mocks, no process.env changes,
    // each file its own database and ports. A test that needs a fresh module state must not rely on a new process.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit-and-conversation',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          // The tests of the bot as a process (signals, exit codes, several processes on one file) run it built.
          globalSetup: ['test/helpers/buildBot.ts'],
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...PROCESS_ZONES.map((zone) => ({
        test: {
          name: `unit-and-conversation (TZ=${zone})`,
          include: ICS_TESTS,
          env: { TZ: zone },
          isolate: false,
          setupFiles: ['test/helpers/processZone.ts'],
        },
      })),
      {
        // Browser tests each start a bot and the Agents Playground, in one Chromium (globalSetup): one file at a time,
        // in one worker that keeps playwright-core loaded (isolate: false) rather than a fresh process per file.
        test: {
          name: 'e2e',
          isolate: false,
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
          // Chromium and the playground share 2 cores with the unit tests under `npm test`, so a browser test waits on
          // timing it does not own: one that fails is run once more (vitest reports the retry), and fails the run
          // when it fails again.
          retry: 1,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
