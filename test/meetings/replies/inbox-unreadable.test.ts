import { mkdirSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetProcessedFilesBefore, pollInboxDir } from '../../../src/meetings/replies/inbox';
import { ReplyProcessor } from '../../../src/meetings/replies/processor';
import { meetingInput, meetingsWorld, pb, planned } from '../fixture';
import { replyScenario } from './scenario';

/**
 * A file no read can take: over 2 GiB (sparse, so it costs no disk). The tests run as root, who may read a file another
 * user saved with mode 600, so this stands in for every read that fails; its error carries no name, the others do.
 */
function unreadable(file: string): void {
  writeFileSync(file, '');
  truncateSync(file, 2 ** 31);
}

describe('a reply file the bot cannot read', () => {
  it('is counted by its error code, stays where it is, and holds up neither the other replies nor the retention purge', async () => {
    const w = meetingsWorld('2022-10-01T08:00:00Z');
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    const [, gina] = replyScenario(w.repository.meetings.get(meeting.id)!);
    const inbox = join(w.dir, 'inbox');
    mkdirSync(inbox);
    const huge = 'Geaccepteerd, casus Jorinde.eml';
    unreadable(join(inbox, huge));
    writeFileSync(join(inbox, 'later.eml'), gina!.raw);

    expect(await pollInboxDir(inbox, w.repository, new ReplyProcessor(w.repository, w.clock))).toEqual({ read: 1, applied: 1, failed: ['ERR_FS_FILE_TOO_LARGE'] });
    expect(readdirSync(inbox).sort()).toEqual([huge, 'processed']);

    // The retention purge of read files skips one it cannot read and deletes the rest.
    unreadable(join(inbox, 'processed', huge));
    expect(forgetProcessedFilesBefore(inbox, w.repository, new Date('2022-12-01T00:00:00Z'))).toBe(1);
    expect(readdirSync(join(inbox, 'processed'))).toEqual([huge]);
  });
});
