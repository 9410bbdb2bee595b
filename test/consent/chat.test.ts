import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardActions, cardText, findAction } from '../helpers/cards';
import { loadScenarios, passCounter } from './scenarios';

const scenarios = loadScenarios();

/** What the first card says: the verdict code in its small print, or the id of the question its options answer. */
function firstAnswer(reply: Partial<Activity> | Record<string, unknown> | undefined): string | undefined {
  const verdict = /Oordeel (V-[A-Z0-9]+)/.exec(cardText(reply))?.[1];
  if (verdict) return verdict;
  return cardActions(reply).find((action) => action.verb === 'consent.answer')?.data?.question as string | undefined;
}

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.stop());

describe.skipIf(scenarios.length === 0)('shared scenarios through the chat (/api/messages, expectReplies)', () => {
  const counter = passCounter('via de chat (tekst → eerste antwoord)', scenarios.length);
  afterAll(() => counter.report());

  it.each(scenarios)('$id: the first reply is $first', async (scenario) => {
    const replies = await bot.user(`mentor-${scenario.id}`, { roles: [{ role: 'mentor' }] }).say(scenario.text);
    expect(replies).toHaveLength(1);
    expect(firstAnswer(replies[0])).toBe(scenario.first);
    counter.pass();
  });
});

describe('a consent conversation in chat', () => {
  it('asks a follow-up that says what it understood, and answers with a full verdict card after one click', async () => {
    const user = bot.user('mentor-flow', { roles: [{ role: 'mentor' }] });
    const [question] = await user.say('mag de gedragswetenschapper een leerling testen?');
    const text = cardText(question);
    expect(text).toContain('Ik begreep: JOS-medewerker · één leerling observeren of helpen');
    expect(text).toContain('Hoe oud is de leerling');
    expect(findAction(question, /Wijzig: met wie/).data).toMatchObject({ question: 'Q-MET-WIE' });
    const option = findAction(question, '12 t/m 15');
    expect(option.verb).toBe('consent.answer');
    expect(option.data).toMatchObject({ question: 'Q-LEEFTIJD', option: '12-15' });

    const { card } = await user.execute(option.verb!, option.data);
    const verdict = cardText(card);
    expect(verdict).toContain('Toestemming nodig van de leerling én de ouders met gezag');
    expect(verdict).toMatch(/Waarom\./);
    expect(verdict).toMatch(/Grondslag\..*Jeugdwet/);
    expect(verdict).toContain('Zo vraag je toestemming');
    expect(verdict).toMatch(/intrekken/);
    expect(verdict).toMatch(/beide ouders hebben gezag, dus allebei moeten ze toestemming geven/);
    expect(verdict).toContain('Klopt dit niet? Vraag het je FG of ondersteuningscoördinator.');
    expect(verdict).toMatch(/Bel 112.*Veilig Thuis: 0800-2000/);
    expect(verdict).toMatch(/Oordeel V-BEIDEN · regels R04, R05, R16a, R29/);
    expect(verdict).toMatch(/\[.+\]\(https:\/\/.+\)/);
  });

  it('"Terug" goes one step back and "Opnieuw" starts over', async () => {
    const user = bot.user('mentor-nav', { roles: [{ role: 'mentor' }] });
    const [first] = await user.say('mag de jgc gesprekken voeren met een leerling (14)?');
    expect(firstAnswer(first)).toBe('V-BEIDEN');
    const back = findAction(first, 'Terug');
    const { card: previous } = await user.execute(back.verb!, back.data);
    expect(firstAnswer(previous)).toBe('Q-LEEFTIJD');
    const restart = findAction(previous, 'Opnieuw');
    const { card: fresh } = await user.execute(restart.verb!, restart.data);
    expect(firstAnswer(fresh)).toBe('Q-MET-WIE');
    expect(cardText(fresh)).toContain('Typ je vraag gewoon in de chat');
  });

  it('shows what it assumed with a one-click correction, and asks about custody only when asked to', async () => {
    const user = bot.user('mentor-assume', { roles: [{ role: 'mentor' }] });
    const [first] = await user.say('mag de jgc bij de leerlingbespreking?');
    expect(cardText(first)).toMatch(/Ik ben ervan uitgegaan dat:.*geen direct gevaar.*geen vermoeden van mishandeling.*herkenbaar/);
    const danger = findAction(first, 'Er is wél direct gevaar');
    const { card } = await user.execute(danger.verb!, danger.data);
    expect(firstAnswer(card)).toBe('V-ACUUT');

    const [custody] = await user.say("gw'er wil Sem (13) observeren");
    const refine = findAction(custody, 'Het gezag is anders geregeld');
    const { card: asked } = await user.execute(refine.verb!, refine.data);
    expect(firstAnswer(asked)).toBe('Q-GEZAG');
    const refuses = findAction(asked, /oneens/);
    expect(firstAnswer((await user.execute(refuses.verb!, refuses.data)).card)).toBe('V-FG');
  });

  it('asks Q-GEZAG straight away when the text mentions a divorce', async () => {
    const [reply] = await bot.user('mentor-divorce').say("Ouders zijn gescheiden. Mag de gw'er mijn leerling van 13 testen?");
    expect(firstAnswer(reply)).toBe('Q-GEZAG');
  });

  it('takes typed answers to an open question', async () => {
    const user = bot.user('mentor-typed', { roles: [{ role: 'mentor' }] });
    expect(firstAnswer((await user.say('mag ik de jgc iets vragen over een leerling?'))[0])).toBe('Q-JOS');
    expect(firstAnswer((await user.say('ze wil hem testen'))[0])).toBe('Q-LEEFTIJD');
    expect(firstAnswer((await user.say('16'))[0])).toBe('V-LEERLING16');
    // A new question with a party of its own starts over.
    expect(firstAnswer((await user.say('mag ik de zorgcoördinator om raad vragen?'))[0])).toBe('V-GEEN');
  });

  it('opens from the help card button "Toestemmingsvraag" and from the word "toestemming"', async () => {
    const user = bot.user('mentor-help', { roles: [{ role: 'mentor' }] });
    const [help] = await user.say('help');
    const start = findAction(help, 'Toestemmingsvraag');
    expect(firstAnswer((await user.execute(start.verb!, start.data)).card)).toBe('Q-MET-WIE');
    expect(firstAnswer((await user.say('toestemming'))[0])).toBe('Q-MET-WIE');
  });

  it('answers an anonymous question and offers the anonymous consultation from the verdict card', async () => {
    const user = bot.user('mentor-anon', { roles: [{ role: 'mentor' }] });
    const [reply] = await user.say('Kan ik een casus anoniem bespreken met de gedragswetenschapper?');
    expect(firstAnswer(reply)).toBe('V-GEEN');
    const consult = findAction(reply, 'Anonieme consultatie starten');
    const { status, card } = await user.execute(consult.verb!, consult.data);
    expect(status).toBe(200);
    expect(card).toBeDefined();
    expect(cardActions(card).some((action) => action.verb?.startsWith('consent.'))).toBe(false);
  });

  it('leaves a wish for an anonymous consultation to the consultations feature', async () => {
    const [reply] = await bot.user('mentor-consult').say('ik wil een casus anoniem bespreken');
    expect(firstAnswer(reply)).toBeUndefined();
    expect(cardActions(reply).some((action) => action.verb?.startsWith('consent.'))).toBe(false);
  });

  it('answers a broken or old button with a card, not an error', async () => {
    const user = bot.user('mentor-broken', { roles: [{ role: 'mentor' }] });
    const result = await user.execute('consent.answer', { question: 'Q-LEEFTIJD', option: 'x'.repeat(500), facts: 'kapot' });
    expect(result.status).toBe(200);
    expect(firstAnswer(result.card)).toBe('Q-MET-WIE');
  });

  it('keeps only facts in the conversation state: no pupil name, no question text', async () => {
    const user = bot.user('mentor-private', { roles: [{ role: 'mentor' }] });
    await user.say('Mag de jgc met Jesse Bakker (13) praten? Zijn moeder vindt het prima.');
    const rows = bot.db.prepare('SELECT value_json FROM bot_state').all() as Array<{ value_json: string }>;
    const stored = rows.map((row) => row.value_json).join('\n');
    expect(stored).toContain('"Q-LEEFTIJD":"12-15"');
    expect(stored).not.toMatch(/Jesse|Bakker|moeder|prima/i);
  });
});
