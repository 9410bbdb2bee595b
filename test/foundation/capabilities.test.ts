import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardActions, cardText } from '../helpers/cards';

const SCHOOL = 'jan-arentsz';

describe('each role sees the buttons it may use', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot?.stop());

  const titles = (activity: Parameters<typeof cardActions>[0]) => cardActions(activity).map((action) => action.title);

  it('a mentor: no "Bijeenkomsten" and no "Mijn spreekuur" on the welcome and help cards', async () => {
    const mentor = bot.user('cap-mentor', { name: 'Mees Mentor', schoolId: SCHOOL });
    const [welcome] = await mentor.install();
    const [help] = await mentor.say('help');
    for (const card of [welcome, help]) {
      expect(titles(card)).toEqual(['Toestemmingsvraag', 'Spreekuur boeken', 'Anonieme consultatie', 'Privacy']);
      expect(cardText(card)).not.toContain('Bijeenkomsten');
    }
    expect(cardText(help)).toContain('typ: toestemming, spreekuur, mijn afspraken, consultatie of help.');
  });

  it('a JOS worker also gets "Mijn spreekuur"; a procesbegeleider also gets "Bijeenkomsten"', async () => {
    const coach = bot.user('cap-coach', { roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] });
    expect(titles((await coach.say('help'))[0])).toEqual(['Toestemmingsvraag', 'Spreekuur boeken', 'Mijn spreekuur', 'Anonieme consultatie', 'Privacy']);
    const planner = bot.user('cap-pb', { roles: [{ role: 'procesbegeleider' }] });
    const [help] = await planner.say('help');
    expect(titles(help)).toEqual(['Toestemmingsvraag', 'Spreekuur boeken', 'Anonieme consultatie', 'Bijeenkomsten', 'Privacy']);
    const opened = await planner.execute(cardActions(help).find((action) => action.title === 'Bijeenkomsten')!.verb!);
    expect(cardText(opened.card)).toContain('Bijeenkomsten');
    expect(cardText(opened.card)).not.toMatch(/mag je niet|niet toegestaan/i);
  });
});

describe('free text ends where its writer expects', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot?.stop());

  it.each(['Kan ik een afspraak maken met de jgc?', 'ik wil een afspraak maken'])('"%s" opens the spreekuur', async (text) => {
    const [reply] = await bot.user('wish-mentor', { schoolId: SCHOOL }).say(text);
    expect(cardText(reply)).toContain('JOS-spreekuur Jan Arentsz');
  });

  it.each(['hoi', 'goedemorgen', 'Hallo!'])('"%s" gets the welcome', async (text) => {
    const [reply] = await bot.user('greeter', { schoolId: SCHOOL }).say(text);
    expect(cardText(reply)).toContain('Welkom bij JOS-assistent');
    expect(cardText(reply)).not.toContain('begreep ik niet');
  });

  it('a booking wish that tells of danger goes to the safety answer first', async () => {
    const [reply] = await bot
      .user('wish-danger', { schoolId: SCHOOL })
      .say('ik wil een afspraak maken met de jgc, een leerling wordt thuis geslagen');
    expect(cardText(reply)).toContain('Veilig Thuis');
    expect(cardText(reply)).not.toContain('JOS-spreekuur');
  });

  it('a consent question about an appointment stays a consent question', async () => {
    const [reply] = await bot.user('wish-consent', { schoolId: SCHOOL }).say('mag ik in de afspraak met de jgc gegevens van de leerling delen?');
    expect(cardText(reply)).not.toContain('JOS-spreekuur');
    expect(cardText(reply)).not.toContain('begreep ik niet');
  });

  it('the fallback offers the closest features as buttons', async () => {
    const [reply] = await bot.user('fallback-mentor', { schoolId: SCHOOL }).say('wanneer zit er iemand van jeugdhulp, ik zoek een plek');
    expect(cardText(reply)).toContain('Dat begreep ik niet helemaal');
    expect(cardActions(reply).map((action) => action.title)).toEqual(['Spreekuur boeken', 'Privacy']);
  });
});
