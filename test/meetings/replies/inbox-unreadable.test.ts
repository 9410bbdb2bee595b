import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { forgetProcessedFilesBefore, pollInboxDir } from '../../../src/meetings/replies/inbox';
import { ReplyProcessor } from '../../../src/meetings/replies/processor';
import { meetingInput, meetingsWorld, pb, planned } from '../fixture';
import { replyScenario } from './scenario';

// The tests run as root, who may read any file: a file another user saved with mode 600 is simulated.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (String(path).includes('mode 600')) throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

describe('a reply file the bot may not read', () => {
  it('is counted by its error code, stays where it is, and holds up neither the other replies nor the retention purge', async () => {
    const w = meetingsWorld('2022-10-01T08:00:00Z');
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    const [hugo, gina] = replyScenario(w.repository.meetings.get(meeting.id)!);
    const inbox = join(w.dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'Geaccepteerd, casus Jorinde (mode 600).eml'), hugo!.raw);
    writeFileSync(join(inbox, 'later.eml'), gina!.raw);

    expect(await pollInboxDir(inbox, w.repository, new ReplyProcessor(w.repository, w.clock))).toEqual({ read: 1, applied: 1, failed: ['EACCES'] });
    expect(readdirSync(inbox).sort()).toEqual(['Geaccepteerd, casus Jorinde (mode 600).eml', 'processed']);

    // The retention purge of read files skips one it may not read and deletes the rest.
    writeFileSync(join(inbox, 'processed', 'Geweigerd, casus Jorinde (mode 600).eml'), hugo!.raw);
    expect(forgetProcessedFilesBefore(inbox, w.repository, new Date('2022-12-01T00:00:00Z'))).toBe(1);
    expect(readdirSync(join(inbox, 'processed'))).toEqual(['Geweigerd, casus Jorinde (mode 600).eml']);
  });
});
