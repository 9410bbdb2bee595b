import type { ExecuteResult, TestBot, TestUser } from '../helpers/bot';
import { findAction } from '../helpers/cards';

export const SCHOOL = 'jan-arentsz';

/**
 * Through the bot: JOS coach Sanne Coach at Jan Arentsz saves Mondays 14:00–15:00 in Lokaal 0.14 (four slots of
 * 15 minutes), and mentor Mees Mentor of that school is ready to book. Both have said hello, so proactive
 * messages reach them.
 */
export async function mondayHours(bot: TestBot, validFrom = '2026-03-01'): Promise<{ coach: TestUser; mentor: TestUser }> {
  const coach = bot.user('coach-1', { name: 'Sanne Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] });
  const mentor = bot.user('mentor-1', { name: 'Mees Mentor', schoolId: SCHOOL });
  for (const user of [coach, mentor]) await user.say('hallo');
  await coach.execute('spreekuur.saveSeries', {
    schoolId: SCHOOL, weekday: '1', startTime: '14:00', endTime: '15:00', slotMinutes: '15', place: 'Lokaal 0.14', validFrom,
  });
  return { coach, mentor };
}

/** Books the first listed slot at `time` (hh:mm) with Sanne Coach, without a topic. */
export async function bookAt(user: TestUser, time: string): Promise<ExecuteResult> {
  const [list] = await user.say('spreekuur');
  return user.execute('spreekuur.book', { ...findAction(list, new RegExp(`^${time} · Sanne Coach`)).data, topic: '' });
}
