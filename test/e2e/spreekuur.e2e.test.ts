import { describe, expect, it } from 'vitest';
import { e2eSkipped, usePlayground } from '../helpers/playground';

describe.skipIf(e2eSkipped)('a mentor books the JOS-spreekuur in the Agents Playground (Chromium)', () => {
  const playground = usePlayground({ localRoles: 'mentor', localSchool: 'jan-arentsz' });

  it('lists the demo slots, picks one, gives a topic and sees the confirmation card', async () => {
    await playground.send('spreekuur');
    const list = await playground.waitForCardText('JOS-spreekuur Jan Arentsz');
    expect(await list.innerText()).toContain('(demo)');
    await playground.screenshot('spreekuur-list');

    await playground.clickButton(/^\d{2}:\d{2} · \S+ .+$/);
    const topic = await playground.waitForCardText('Afspraak maken');
    await topic.getByLabel('Onderwerp (optioneel)').fill('onrust in de klas na de pauze');
    await playground.clickButton('Bevestig');

    const confirmation = await playground.waitForCardText('Je afspraak staat');
    const text = await confirmation.innerText();
    expect(text).toContain('onrust in de klas na de pauze');
    expect(text).toMatch(/Wanneer: \w+dag \d+ \w+, \d{2}:\d{2}–\d{2}:\d{2}/);
    expect(text).toContain('Zet in mijn agenda');
    expect(text).toContain('Annuleer');
    await playground.screenshot('spreekuur-booked');
    expect((await playground.logPanel()).join('\n')).not.toMatch(/invoke (4|5)\d\d/);
  });
});
