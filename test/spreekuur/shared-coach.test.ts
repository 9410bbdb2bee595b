import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';

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

    const [bonhoefferList] = await atBonhoeffer.say('spreekuur');
    expect(cardText(bonhoefferList)).toContain('Gedeelde Coach · Kamer B');
    expect(cardText(bonhoefferList)).toContain('09:00 · Gedeelde Coach');
    expect(cardText(bonhoefferList)).not.toContain('Kamer V');
    const [vonkList] = await atVonk.say('spreekuur');
    expect(cardText(vonkList)).toContain('Gedeelde Coach · Kamer V');
    expect(cardText(vonkList)).toContain('09:00 · Gedeelde Coach');
    expect(cardText(vonkList)).not.toContain('Kamer B');

    const [slot] = await atBonhoeffer.say('spreekuur');
    await atBonhoeffer.execute('spreekuur.book', { ...findAction(slot, /^09:00 · Gedeelde Coach/).data, topic: '' });
    (bot.clock as ManualClock).set('2026-03-23T07:00:00Z'); // Monday 08:00: the booking of Tuesday is this week
    const [view] = await coach.say('mijn spreekuur');
    expect(cardText(view)).toContain('Bonhoeffer College: Elke dinsdag 09:00–10:00');
    expect(cardText(view)).toContain('dinsdag 24 maart 09:00 · Bonhoeffer College · Mentor Bonhoeffer'); // where to be
    const edit = await coach.execute('spreekuur.seriesForm', findAction(view, 'Wijzig').data);
    const editSave = findAction(edit.card, 'Opslaan');
    await coach.execute(editSave.verb!, { ...editSave.data, ...SERIES, schoolId: 'bonhoeffer', place: 'Kamer B2' });
    const [changed] = await atBonhoeffer.say('spreekuur');
    expect(cardText(changed)).toContain('Gedeelde Coach · Kamer B2');
    expect(cardText(changed)).toContain('09:15 · Gedeelde Coach');

    // A school where the coach is not on the JOS team is refused, whatever the form sent.
    const refused = await coach.execute(save.verb!, { ...save.data, ...SERIES, weekday: '4', schoolId: 'jan-arentsz', place: 'Elders' });
    expect(cardText(refused.card)).toContain('Dat lukte niet');
    expect(bot.db.prepare("SELECT COUNT(*) AS n FROM spreekuur_series WHERE host_id = 'coach-mk' AND school_id = 'jan-arentsz'").get()).toEqual({ n: 0 });
  });
});
