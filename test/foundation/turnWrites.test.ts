import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestBot, TestUser, type TestBot } from '../helpers/bot';

/** Rows inserted, updated or deleted through the bot's database connection since it opened. */
const rowsWritten = (bot: TestBot): number => (bot.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

describe('a returning user', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { LOCAL_ROLES: 'mentor,jos-functionaris:jgc', LOCAL_SCHOOL: 'stedelijk-dalton' } });
  });
  afterAll(() => bot.stop());

  // Each write takes SQLite's one write lock; turns that change nothing must not queue behind one another for it.
  it('is answered without a single database write once the bot knows them, their chat and their roles', async () => {
    const mentor = new TestUser(bot, 'returning-mentor', 'Mentor Terug');
    expect(await mentor.say('help')).not.toHaveLength(0);
    expect(await mentor.say('toestemming?')).not.toHaveLength(0);
    const before = rowsWritten(bot);
    expect(await mentor.say('help')).not.toHaveLength(0);
    expect(await mentor.say('toestemming?')).not.toHaveLength(0);
    expect(rowsWritten(bot)).toBe(before);
    expect(bot.person('returning-mentor')?.roles.map((grant) => grant.role).sort()).toEqual(['jos-functionaris', 'mentor']);
    expect(bot.person('returning-mentor')?.schoolId).toBe('stedelijk-dalton');
  });

  // The person, the conversation reference and the turn state come from memory (src/store/rowCache.ts); one look at
  // data_version tells whether another process wrote since.
  it('is answered with one database statement, the look at whether another process wrote', async () => {
    const mentor = new TestUser(bot, 'cached-mentor', 'Mentor Bekend');
    expect(await mentor.say('toestemming?')).not.toHaveLength(0);
    const prepared = vi.spyOn(bot.db, 'prepare');
    try {
      expect(await mentor.say('toestemming?')).not.toHaveLength(0);
      expect(await mentor.say('help')).not.toHaveLength(0);
      expect(new Set(prepared.mock.calls.map(([sql]) => String(sql)))).toEqual(new Set(['PRAGMA data_version']));
    } finally {
      prepared.mockRestore();
    }
  });
});
