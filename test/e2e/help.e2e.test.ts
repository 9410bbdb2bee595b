import { describe, expect, it } from 'vitest';
import { e2eSkipped, startPlayground, usePlayground, type Playground } from '../helpers/playground';

/** `allRoles`: npm start gives the Playground user every role; a mentor sees no "Bijeenkomsten". */
async function expectHelpCard(playground: Playground, allRoles: boolean): Promise<void> {
  await playground.send('help');
  const text = await (await playground.waitForCardText('Waarmee kan ik je helpen?')).innerText();
  for (const capability of ['Toestemmingsvraag', 'Spreekuur boeken', 'Anonieme consultatie']) expect(text).toContain(capability);
  if (allRoles) {
    expect(text).toContain('Bijeenkomsten');
    expect(text).toContain('toestemming, spreekuur, mijn afspraken, mijn spreekuur, consultatie, bijeenkomsten of help');
  } else {
    expect(text).not.toContain('Bijeenkomsten');
    expect(text).toContain('toestemming, spreekuur, mijn afspraken, consultatie of help');
  }
  expect(text).toContain('Noem nooit de naam van een leerling');
}

// One playground for every flow of this user (see usePlayground).
describe.skipIf(e2eSkipped)('a mentor in the Agents Playground (Chromium)', () => {
  const playground = usePlayground({ localRoles: 'mentor' });

  describe('the bot', () => {
    it('welcomes the user when the playground installs the app', async () => {
      const welcome = await playground.waitForCardText('Welkom bij JOS-assistent');
      expect(await welcome.innerText()).toContain('Privacy:');
    });

    it("shows the help card with a mentor's capabilities when the user types help", async () => {
      await expectHelpCard(playground, false);
      await playground.screenshot('help');
    });

    it('passes a click on a capability button to the bot, which answers it', async () => {
      await playground.clickButton('Spreekuur boeken');
      await playground.waitForLogEntry('invoke 200');
      expect((await playground.logPanel()).join('\n')).not.toMatch(/invoke (4|5)\d\d/);
    });
  });

  describe('a consent question', () => {
    it('asks one follow-up, takes a click on an option, and shows the verdict card', async () => {
      await playground.send('mag de gedragswetenschapper een leerling testen?');
      const question = await playground.waitForCardText('Hoe oud is de leerling');
      expect(await question.innerText()).toContain('Ik begreep: JOS-medewerker');
      await playground.screenshot('consent-question');

      await playground.clickButton(/12 t\/m 15/);
      const verdict = await playground.waitForCardText('Oordeel V-BEIDEN');
      const text = await verdict.innerText();
      expect(text).toContain('Toestemming nodig van de leerling én de ouders met gezag');
      expect(text).toContain('Klopt dit niet? Vraag het je FG of ondersteuningscoördinator.');
      expect(text).toMatch(/0800-2000/);
      await playground.screenshot('consent-verdict');
      await verdict.evaluate((card) => card.scrollIntoView({ block: 'start' }));
      await playground.screenshot('consent-verdict-top');
      expect((await playground.logPanel()).join('\n')).not.toMatch(/invoke (4|5)\d\d/);

      // The bot logs the outcome by ids only: never the question the mentor typed.
      const botLog = playground.output.toString();
      expect(botLog).toContain('"event":"consent.outcome"');
      expect(botLog).toContain('"verdict":"V-BEIDEN"');
      expect(botLog).not.toContain('een leerling testen');
    });
  });
});

describe.skipIf(e2eSkipped)('npm start', () => {
  it('brings up bot and playground, answers help, and stops both on Ctrl-C', async () => {
    const playground = await startPlayground({ viaNpmStart: true });
    try {
      await expectHelpCard(playground, true);
      await playground.screenshot('npm-start-help');
    } finally {
      await playground.close();
    }
    expect(playground.stoppedCleanly).toBe(true);
  });
});
