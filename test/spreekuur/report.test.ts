import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mondaySeries, person, spreekuurFixture } from './fixture';

describe('npm run report -- spreekuur', () => {
  it('prints bookings, cancellations and no-shows per school and week as CSV, without names or topics', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spreekuur-report-'));
    const { service, clock, db } = spreekuurFixture('2026-03-20T09:00:00Z', { file: join(dataDir, 'jos.sqlite') });
    service.saveSeries(person('coach'), mondaySeries());
    const [first, second, third] = service.openSlots('jan-arentsz'); // Monday 23 March, week 13
    const a = service.book(person('mentor-a'), { ...first!, topic: 'geheim onderwerp' });
    const b = service.book(person('mentor-b'), { ...second! });
    service.book(person('mentor-c'), { ...third! });
    if (!a.ok || !b.ok) throw new Error('booking failed');
    service.cancelByBooker(person('mentor-b'), b.booking.id);
    clock.set('2026-03-23T13:10:00Z');
    service.markNoShow(person('coach'), a.booking.id);
    db.close();

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', 'spreekuur', '--from', '2026-03-01', '--to', '2026-03-31'], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('school,week,geboekt,geannuleerd,niet_gekomen\njan-arentsz,2026-W13,3,1,1\n');
    expect(run.stdout).not.toMatch(/Mentor|geheim|Coach/);

    const wrong = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', 'spreekuur', '--from', 'maart'], {
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--from verwacht een datum');
  });
});

describe('npm run report refuses impossible dates (hardening finding 13)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'report-dates-'));
  const report = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });

  const cases = [
    ['spreekuur', '--from', '2026-02-30', '--to', '2026-03-31'],
    ['spreekuur', '--from', '2026-03-01', '--to', '2026-13-01'],
    ['spreekuur', '--from', '2026-04-01', '--to', '2026-03-01'],
    ['consultaties', '--from', '2026-13'],
    ['consultaties', '--from', '2026-00'],
  ];
  it.each(cases.map((args) => [args.join(' '), args] as const))('exits 2 with a Dutch message and prints no CSV: %s', (_label, args) => {
    const run = report(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/verwacht een (datum|maand)|ligt na --to/);
  });
});
