import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { mondayHours, SCHOOL } from './botWorld';
import { textBlockWith } from './textBlock';

describe('school holidays in the current school year (2026-2027)', () => {
  let bot: TestBot | undefined;
  afterEach(async () => bot?.stop());

  it('the advice says where it comes from, when it was checked and that the meivakantie is missing; the kerstvakantie has no slots', async () => {
    // Monday 14 December 2026, 10:00 in Amsterdam: the horizon reaches into the kerstvakantie (19 December – 3 January).
    bot = await startTestBot({ clock: new ManualClock('2026-12-14T09:00:00Z') });
    const { mentor } = await mondayHours(bot, '2026-08-01');
    const ozc = bot.user('ozc-1', { name: 'Olga Coördinator', roles: [{ role: 'ondersteuningscoordinator', schoolId: SCHOOL }] });

    const [card] = await ozc.say('vakanties');
    const text = cardText(card);
    expect(text).toContain('Schoolvakanties Jan Arentsz 2026-2027');
    expect(text).toContain('advies voor regio Noord (advies, controleren)');
    expect(text).toContain('Bron: ');
    expect(text).toContain('De meivakantie ontbreekt');
    expect(text).toContain('Gecontroleerd op 23 november 2026.');
    expect(text).toContain('kerstvakantie 2026-12-19 2027-01-03');
    expect(text).not.toContain('meivakantie 20');

    const [list] = await mentor.say('spreekuur');
    expect(cardText(list)).toContain('maandag 14 december');
    expect(cardText(list)).not.toContain('maandag 21 december');
    expect(cardText(list)).not.toContain('maandag 28 december');

    // The school adds its meivakantie; the save is confirmed as good news, a bad line is marked as a problem.
    const save = findAction(card, 'Opslaan');
    const current = text.match(/^\S+ \d{4}-\d{2}-\d{2} \d{4}-\d{2}-\d{2}$/gm)!.join('\n'); // the advice lines, as shown
    const saved = await ozc.execute(save.verb!, { ...save.data, periods: `${current}\nmeivakantie 2027-04-24 2027-05-09` });
    expect(cardText(saved.card)).toContain('de school zelf heeft ingevoerd');
    // Good news is marked by a check mark in default text (green on white fails contrast), not by colour.
    expect(textBlockWith(saved.card, 'Opgeslagen.')).toMatchObject({ text: expect.stringMatching(/^✓ /) });
    expect(textBlockWith(saved.card, 'Opgeslagen.')?.color).toBeUndefined();
    const wrong = await ozc.execute(save.verb!, { ...save.data, periods: 'meivakantie 24-04-2027' });
    expect(textBlockWith(wrong.card, 'Regel 1 klopt niet')?.color).toBe('Attention');
  });
});
