import { describe, expect, it } from 'vitest';
import { e2eSkipped, usePlayground } from '../helpers/playground';

describe.skipIf(e2eSkipped)('a consent question in the Agents Playground (Chromium)', () => {
  const playground = usePlayground({ localRoles: 'mentor' });

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
