import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { e2eSkipped, usePlayground, type Playground } from '../helpers/playground';

/** Takes a screenshot and checks that the page showed `expected` at that moment, and that the PNG was written. */
async function screenshotShowing(playground: Playground, name: string, expected: Array<string | RegExp>): Promise<void> {
  const { path, text } = await playground.screenshotWithText(name);
  expect(statSync(path).size).toBeGreaterThan(1000);
  for (const part of expected) expect(text).toMatch(part);
}

describe.skipIf(e2eSkipped)('a mentor books the JOS-spreekuur in the Agents Playground (Chromium)', () => {
  const playground = usePlayground({ localRoles: 'mentor', localSchool: 'jan-arentsz' });

  it('picks a day, then a time (the worker named once), gives a topic, and confirms before cancelling', async () => {
    await playground.send('spreekuur');
    const list = await playground.waitForCardText('Kies een dag');
    expect(await list.innerText()).toContain('JOS-spreekuur Jan Arentsz');
    await screenshotShowing(playground, 'spreekuur-days', ['Kies een dag', /\w+dag \d+ \w+ \(\d+ plek(ken)?\)/, 'Later']);

    await playground.clickButton(/^\w+dag \d+ \w+ \(\d+ plek(ken)?\)$/);
    const day = await playground.waitForCardText('Kies een tijd');
    const dayText = await day.innerText();
    expect(dayText).toContain('(demo)'); // the worker's name, once above the times
    await screenshotShowing(playground, 'spreekuur-times', ['Kies een tijd', 'Andere dag']);
    await playground.clickButton(/^\d{2}:\d{2}$/);

    const topic = await playground.waitForCardText('Afspraak maken');
    await topic.getByLabel('Onderwerp (optioneel)').fill('onrust in de klas na de pauze');
    await playground.clickButton('Bevestig');
    const confirmation = await playground.waitForCardText('Je afspraak staat');
    const text = await confirmation.innerText();
    expect(text).toContain('onrust in de klas na de pauze');
    expect(text).toMatch(/Wanneer: \w+dag \d+ \w+, \d{2}:\d{2}–\d{2}:\d{2}/);
    expect(text).toContain('Zet in mijn agenda');

    await playground.clickButton('Annuleer');
    await playground.waitForCardText('Afspraak annuleren?');
    await screenshotShowing(playground, 'spreekuur-cancel-question', ['Afspraak annuleren?', 'Ja, annuleer', 'Nee, houden']);
    await playground.clickButton('Ja, annuleer');
    await playground.waitForCardText('Afspraak geannuleerd');
    await screenshotShowing(playground, 'spreekuur-cancelled', ['Afspraak geannuleerd', 'Haal uit mijn agenda']);
    expect((await playground.logPanel()).join('\n')).not.toMatch(/invoke (4|5)\d\d/);
  });
});

describe.skipIf(e2eSkipped)('a JOS worker sees the coming weeks in "mijn spreekuur" (Chromium)', () => {
  const playground = usePlayground({ localRoles: 'mentor,jos-functionaris:jgc', localSchool: 'jan-arentsz' });

  it('after two bookings on the next two Mondays, lists both on the card, the coming weeks under "Volgende weken"', async () => {
    await playground.send('mijn spreekuur');
    await playground.waitForCardText('Mijn reeksen');
    await playground.clickButton('Nieuw spreekuur');
    const form = await playground.waitForCardText('Lengte van een plek');
    await form.getByLabel('Waar (lokaal of online link)').fill('Lokaal E2E');
    await playground.clickButton('Opslaan');
    await playground.waitForCardText('Spreekuur opgeslagen');

    for (const week of [0, 1]) {
      await playground.send('spreekuur');
      await playground.waitForCardText('Kies een dag');
      const mondays = playground.browserPage.getByRole('button', { name: /^maandag \d+ \w+ \(\d+ plek(ken)?\)$/ });
      await mondays.nth(week).click();
      const day = await playground.waitForCardText('Lokaal E2E');
      // The first time after this worker's own line (other workers may hold the same times that day).
      await day.locator(`xpath=//*[contains(text(), 'Lokaal E2E')]/following::button[normalize-space() = '14:00'][1]`).click();
      await playground.waitForCardText('Afspraak maken');
      await playground.clickButton('Bevestig');
      await playground.waitForCardText('Je afspraak staat');
    }

    await playground.send('mijn spreekuur');
    const view = await playground.waitForCardText('Volgende weken');
    const text = await view.innerText();
    expect(text.match(/maandag \d+ \w+ 14:00/g)).toHaveLength(2);
    await screenshotShowing(playground, 'mijn-spreekuur-weeks', ['Volgende weken', /maandag \d+ \w+ 14:00/]);
  });
});
