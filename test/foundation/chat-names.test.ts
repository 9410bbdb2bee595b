import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, TestUser, type TestBot } from '../helpers/bot';
import { cardText } from '../helpers/cards';
import { bookAt, mondayHours, SCHOOL } from '../spreekuur/botWorld';

describe('a person who is not in config/people.yaml', () => {
  let bot: TestBot;
  afterEach(async () => bot.stop());

  it('is shown with the name Teams sends, also when their first activity carried none', async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') });
    const { coach } = await mondayHours(bot);
    const newcomer = new TestUser(bot, 'newcomer-1', 'Fleur de Wit');
    // Teams sends the install without a name.
    await bot.post(newcomer.activity({ type: 'conversationUpdate', from: { id: '29:newcomer-1', name: '', aadObjectId: 'newcomer-1' } }));
    expect(bot.person('newcomer-1')?.name).not.toMatch(/onbekend/i);
    await newcomer.execute('spreekuur.setSchool', { schoolId: SCHOOL });
    await bookAt(newcomer, '14:00');

    await bot.runDueJobs(); // the host's notice is a persisted job (issue 11, finding 5)
    const notice = bot.proactiveTo(coach.id).map(cardText).join('\n');
    expect(notice).toContain('Fleur de Wit');
    expect(notice).not.toMatch(/Onbekende gebruiker/);
  });

  it('without any name from Teams is shown with a neutral word, never "Onbekende gebruiker"', async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') });
    const { coach } = await mondayHours(bot);
    const nameless = new TestUser(bot, 'nameless-1', '');
    await nameless.execute('spreekuur.setSchool', { schoolId: SCHOOL });
    await bookAt(nameless, '14:00');
    await bot.runDueJobs(); // the host's notice is a persisted job (issue 11, finding 5)
    const notice = bot.proactiveTo(coach.id).map(cardText).join('\n');
    expect(notice).toContain('Collega');
    expect(notice).not.toMatch(/Onbekende gebruiker/);
  });
});
