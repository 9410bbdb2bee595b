import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText } from '../helpers/cards';

describe('a consultation wish that tells of danger or abuse', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot?.stop());

  it('opens the consultation form for an ordinary wish', async () => {
    const [reply] = await bot.user('mentor-s1', { schoolId: 'jan-arentsz' }).say('ik wil een casus anoniem bespreken');
    expect(cardText(reply)).toContain('Anonieme consultatie');
    expect(cardText(reply)).not.toContain('Veilig Thuis');
  });

  it.each([
    'ik wil een casus anoniem bespreken over een leerling die thuis geslagen wordt',
    'ik wil graag anoniem overleggen: een leerling zegt dat ze vannacht niet naar huis durft omdat haar vader dreigt',
  ])('answers "%s" with the safety answer first (meldcode, 112 / Veilig Thuis)', async (text) => {
    const [reply] = await bot.user('mentor-s2', { schoolId: 'jan-arentsz' }).say(text);
    const shown = cardText(reply);
    expect(shown).toMatch(/V-MELDCODE|V-ACUUT/);
    expect(shown).toContain('Veilig Thuis');
  });
});
