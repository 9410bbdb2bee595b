import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { everyListedDay, findSlot } from './botWorld';

const SERIES = { weekday: '2', startTime: '09:00', endTime: '10:00', slotMinutes: '15', validFrom: '2026-03-01' };

/** In Midden-Kennemerland one J&G coach serves Vonk, the Jac. P. Thijsse College and the Bonhoeffer College. */
describe('a JOS coach shared by several schools', () => {
  let bot: TestBot | undefined;
  afterEach(async () => bot?.stop());

  it('chooses the school on the series form; each school sees only its own hours, and a change keeps the school', async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') });
    const coach = bot.user('coach-mk', {
      name: 'Gedeelde Coach',
      roles: ['vonk', 'jac-p-thijsse', 'bonhoeffer'].map((schoolId) => ({ role: 'jos-functionaris', function: 'jgc', schoolId })),
    });
    const atVonk = bot.user('mentor-vonk', { name: 'Mentor Vonk', schoolId: 'vonk' });
    const atBonhoeffer = bot.user('mentor-bonhoeffer', { name: 'Mentor Bonhoeffer', schoolId: 'bonhoeffer' });

    const form = await coach.execute('spreekuur.seriesForm');
    expect(cardText(form.card)).toContain('Bonhoeffer');
    const save = findAction(form.card, 'Opslaan');
    expect(save.data).not.toHaveProperty('schoolId'); // the school comes from the choice on the form
    await coach.execute(save.verb!, { ...save.data, ...SERIES, schoolId: 'bonhoeffer', place: 'Kamer B' });
    await coach.execute(save.verb!, { ...save.data, ...SERIES, weekday: '3', schoolId: 'vonk', place: 'Kamer V' });

    const bonhoefferList = await everyListedDay(atBonhoeffer);
    expect(bonhoefferList.text).toContain('Gedeelde Coach · Kamer B');
    expect(bonhoefferList.times).toContain('09:00');
    expect(bonhoefferList.text).not.toContain('Kamer V');
    const vonkList = await everyListedDay(atVonk);
    expect(vonkList.text).toContain('Gedeelde Coach · Kamer V');
    expect(vonkList.times).toContain('09:00');
    expect(vonkList.text).not.toContain('Kamer B');

    await atBonhoeffer.execute('spreekuur.book', { ...(await findSlot(atBonhoeffer, '09:00', 'spreekuur', 'Gedeelde Coach')).action.data, topic: '' });
    (bot.clock as ManualClock).set('2026-03-23T07:00:00Z'); // Monday 08:00: the booking of Tuesday is this week
    const [view] = await coach.say('mijn spreekuur');
    expect(cardText(view)).toContain('Bonhoeffer College: Elke dinsdag 09:00–10:00');
    expect(cardText(view)).toContain('dinsdag 24 maart 09:00 · Bonhoeffer College · Mentor Bonhoeffer'); // where to be
    const edit = await coach.execute('spreekuur.seriesForm', findAction(view, 'Wijzig').data);
    const editSave = findAction(edit.card, 'Opslaan');
    await coach.execute(editSave.verb!, { ...editSave.data, ...SERIES, schoolId: 'bonhoeffer', place: 'Kamer B2' });
    const changed = await everyListedDay(atBonhoeffer);
    expect(changed.text).toContain('Gedeelde Coach · Kamer B2');
    expect(changed.times).toContain('09:15');

    // A school where the coach is not on the JOS team is refused, whatever the form sent.
    const refused = await coach.execute(save.verb!, { ...save.data, ...SERIES, weekday: '4', schoolId: 'jan-arentsz', place: 'Elders' });
    expect(cardText(refused.card)).toContain('Een spreekuur stel je in op een school waar je in het JOS-team zit.');
    expect(bot.db.prepare("SELECT COUNT(*) AS n FROM spreekuur_series WHERE host_id = 'coach-mk' AND school_id = 'jan-arentsz'").get()).toEqual({ n: 0 });
  });
});
