import type { ExecuteResult, TestBot, TestUser } from '../helpers/bot';
import { cardActions, cardText, type CardAction } from '../helpers/cards';

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

/** The time buttons a day card shows under `host`'s line ("Sanne Coach · Lokaal 0.14"). */
function timesOf(card: ExecuteResult['card'], host: string): CardAction[] {
  const found: CardAction[] = [];
  let underHost = false;
  for (const element of (card?.body ?? []) as Array<{ type?: string; text?: string; isSubtle?: boolean; actions?: CardAction[] }>) {
    if (element.type === 'TextBlock' && element.isSubtle && element.text?.includes(' · ')) underHost = element.text.startsWith(`${host} · `);
    if (element.type === 'ActionSet' && underHost) found.push(...(element.actions ?? []));
  }
  return found;
}

/**
 * Through the day picker: opens each listed day in turn and returns the first free slot button at `time`
 * (hh:mm) of `host`, with the day's card it is on (other workers, like the demo hours, may hold the same time).
 */
export async function findSlot(
  user: TestUser,
  time: string,
  opening = 'spreekuur',
  host = 'Sanne Coach',
): Promise<{ action: CardAction; dayCard: ExecuteResult['card'] }> {
  const [list] = await user.say(opening);
  for (const day of cardActions(list).filter((action) => action.verb === 'spreekuur.day')) {
    const { card } = await user.execute(day.verb!, day.data);
    const action = timesOf(card, host).find((candidate) => candidate.title === time);
    if (action) return { action, dayCard: card };
  }
  throw new Error(`no free slot of ${host} at ${time} on any listed day`);
}

/** The day cards of every listed day, as the mentor would open them one by one (text, and the time buttons). */
export async function everyListedDay(user: TestUser, opening = 'spreekuur'): Promise<{ text: string; times: string[] }> {
  const [list] = await user.say(opening);
  const cards = [];
  for (const day of cardActions(list).filter((action) => action.verb === 'spreekuur.day')) cards.push((await user.execute(day.verb!, day.data)).card);
  return {
    text: cards.map((card) => cardText(card)).join('\n'),
    times: cards.flatMap((card) => cardActions(card).filter((action) => action.verb === 'spreekuur.pick').map((action) => action.title)),
  };
}

/** Books the first listed slot at `time` (hh:mm), without a topic. */
export async function bookAt(user: TestUser, time: string): Promise<ExecuteResult> {
  const { action } = await findSlot(user, time);
  return user.execute('spreekuur.book', { ...action.data, topic: '' });
}
