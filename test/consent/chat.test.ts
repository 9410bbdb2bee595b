import type { Activity } from 'botbuilder';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/consent/engine';
import { extractFacts } from '../../src/consent/extract';
import { screen } from '../helpers/screen';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
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

describe('shared scenarios through the chat (/api/messages, expectReplies)', () => {
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
    expect(text).not.toMatch(/Q-LEEFTIJD|Vraag Q-/); // internal codes only in a verdict's footer line
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
    // One call to action, not the same line twice; internal question codes stay off question cards.
    expect(cardText(card).match(/Bel 112/g)).toHaveLength(1);
    expect(cardText(card)).toContain('Veilig Thuis: 0800-2000');

    const [custody] = await user.say("gw'er wil Sem (13) observeren");
    const refine = findAction(custody, 'Het gezag is anders geregeld');
    const { card: asked } = await user.execute(refine.verb!, refine.data);
    expect(firstAnswer(asked)).toBe('Q-GEZAG');
    const refuses = findAction(asked, /oneens/);
    expect(firstAnswer((await user.execute(refuses.verb!, refuses.data)).card)).toBe('V-FG');
  });

  it('asks instead of giving a consent-free answer when the party was read from a mistyped word, and goes on once answered', async () => {
    const user = bot.user('mentor-weak-party', { roles: [{ role: 'mentor' }] });
    const [sure] = await user.say('mag ik de absenties van Sem (14) doorgeven aan leerplicht?');
    expect(firstAnswer(sure)).toBe('V-INFO');
    const [guessed] = await user.say('mag ik de absenties van Sem (14) doorgeven aan leerplcht?');
    expect(firstAnswer(guessed)).toBe('Q-MET-WIE');
    const leerplicht = findAction(guessed, 'Leerplichtambtenaar');
    expect(firstAnswer((await user.execute(leerplicht.verb!, leerplicht.data)).card)).toBe('V-INFO');
  });

  it('shows a party read from a mistyped word as an assumption on a verdict that needs consent, with a correction', async () => {
    const user = bot.user('mentor-weak-assumed', { roles: [{ role: 'mentor' }] });
    const [reply] = await user.say('ik wil Sem (14) aanmelden bij het wijkteem zodat ze hulp kunnen starten');
    expect(firstAnswer(reply)).toBe('V-OUDERS16');
    expect(cardText(reply)).toMatch(/Ik ben ervan uitgegaan dat:.*met wie: wijkteam/);
    const change = findAction(reply, 'Wijzig: met wie');
    expect(firstAnswer((await user.execute(change.verb!, change.data)).card)).toBe('Q-MET-WIE');
    const [spelled] = await user.say('ik wil Sem (14) aanmelden bij het wijkteam zodat ze hulp kunnen starten');
    expect(cardText(spelled)).not.toMatch(/Ik ben ervan uitgegaan dat:.*met wie/);
  });

  it('answers for a brugklasser without asking the age when every age of the class gives the same verdict, and says so', async () => {
    const user = bot.user('mentor-brugklas', { roles: [{ role: 'mentor' }] });
    const [reply] = await user.say('mag ik het dossier van een brugklasser naar het wijkteam sturen zodat ze hulp kunnen starten?');
    expect(firstAnswer(reply)).toBe('V-OUDERS16');
    expect(cardText(reply)).toMatch(/Ik ben ervan uitgegaan dat:.*leeftijd: jonger dan 12 of 12 t\/m 15/);
    const change = findAction(reply, 'Wijzig: leeftijd');
    expect(firstAnswer((await user.execute(change.verb!, change.data)).card)).toBe('Q-LEEFTIJD');

    const [help] = await user.say('mag de gedragswetenschapper een brugklasser testen?');
    expect(firstAnswer(help)).toBe('Q-LEEFTIJD');
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

  it('links every source of the verdict, however many there are', async () => {
    const text = 'Noor (14) heeft blauwe plekken, mag ik dat met de zoco bespreken?';
    const knowledge = loadConsentKnowledge('knowledge/consent');
    const outcome = decide(knowledge, extractFacts(text, knowledge.cues, screen).facts);
    if (outcome.kind !== 'verdict') throw new Error('expected a verdict');
    expect(outcome.sources.length).toBeGreaterThan(5);
    const [reply] = await bot.user('mentor-sources', { roles: [{ role: 'mentor' }] }).say(text);
    const shown = cardText(reply);
    for (const source of outcome.sources) expect(shown).toContain(`(${source.url})`);
    expect(shown).not.toMatch(/en nog \d+ bron/);
  });

  it('does not say a step twice on the verdict card', async () => {
    const [reply] = await bot.user('mentor-steps', { roles: [{ role: 'mentor' }] }).say('mag de jgc bij de leerlingbespreking?');
    const steps = cardText(reply).split('\n').filter((line) => line.startsWith('- ') && !line.includes(']('));
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) {
      const bare = step.slice(2).replace(/[.\s]+$/, '');
      expect(steps.filter((other) => other.includes(bare)), step).toHaveLength(1);
    }
  });

  it('offers "Terug" on a question card only when there is an answer to go back to', async () => {
    const user = bot.user('mentor-noback', { roles: [{ role: 'mentor' }] });
    const [asked] = await user.say('mag ik anoniem een leerling aanmelden bij het wijkteam?');
    expect(firstAnswer(asked)).toBe('Q-HERKENBAAR');
    expect(cardText(asked)).toContain('Ik begreep: wijkteam of gebiedsteam');
    expect(cardActions(asked).map((action) => action.title)).not.toContain('Terug');
    const known = findAction(asked, 'Ja');
    const { card: age } = await user.execute(known.verb!, known.data);
    expect(firstAnswer(age)).toBe('Q-LEEFTIJD');
    // One step back from the age is what the text answered last: the kind of help asked of the wijkteam.
    const back = findAction(age, 'Terug');
    expect(firstAnswer((await user.execute(back.verb!, back.data)).card)).toBe('Q-WIJKTEAM');
  });

  it('after "Wijzig: met wie" no longer shows what it read for the party the mentor left', async () => {
    const user = bot.user('mentor-change', { roles: [{ role: 'mentor' }] });
    const [asked] = await user.say('mag de gw\'er een leerling testen?');
    expect(cardText(asked)).toContain('één leerling observeren of helpen');
    const change = findAction(asked, /Wijzig: met wie/);
    const { card: party } = await user.execute(change.verb!, change.data);
    expect(firstAnswer(party)).toBe('Q-MET-WIE');
    const parents = cardActions(party).find((action) => action.data?.question === 'Q-MET-WIE' && action.data?.option === 'MW8')!;
    const { card: topic } = await user.execute(parents.verb!, parents.data);
    expect(firstAnswer(topic)).toBe('Q-OUDERS');
    expect(cardText(topic)).toContain('Ik begreep: ouders');
    expect(cardText(topic)).not.toContain('één leerling observeren of helpen');
  });

  it('logs the outcome of a question, never its text or the pupil\'s name', async () => {
    const logged = await startTestBot({ env: { LOG_LEVEL: 'debug' } });
    const lines: string[] = [];
    const stream = (logged.deps.logger as unknown as Record<symbol, { write: (line: string) => boolean }>)[pino.symbols.streamSym]!;
    stream.write = (line: string) => lines.push(line) > 0;
    try {
      const user = logged.user('mentor-logs', { roles: [{ role: 'mentor' }] });
      const [asked] = await user.say('Mag de orthopedagoog Jesse Bakker uit 2C testen? Zijn moeder vindt het prima.');
      const option = findAction(asked, '12 t/m 15');
      await user.execute(option.verb!, option.data);
      await user.say('hij is trouwens 13, Jesse dus');
    } finally {
      await logged.stop();
    }
    const log = lines.join('');
    expect(log).toContain('consent.outcome');
    expect(log).not.toMatch(/Jesse|Bakker|orthopedagoog|moeder|prima|trouwens/i);
  });

  it('keeps no name or question text in the state after clicks and typed follow-ups either', async () => {
    const user = bot.user('mentor-private-clicks', { roles: [{ role: 'mentor' }] });
    const [asked] = await user.say('Mag de gw\'er Sanne de Vries uit 3B observeren?');
    const option = findAction(asked, '12 t/m 15');
    await user.execute(option.verb!, option.data);
    await user.say('Sanne de Vries is 14, haar vader Kees belde net');
    const stored = (bot.db.prepare('SELECT value_json FROM bot_state').all() as Array<{ value_json: string }>).map((row) => row.value_json).join('\n');
    expect(stored).toContain('"Q-MET-WIE":"MW2"');
    expect(stored).not.toMatch(/Sanne|Vries|Kees|belde|observeren/i);
  });
});
