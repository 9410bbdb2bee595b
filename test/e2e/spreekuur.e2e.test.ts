import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { DateTime } from 'luxon';
import { e2eSkipped, usePlayground, type Playground } from '../helpers/playground';

/** Takes a screenshot and checks that the page showed `expected` at that moment, and that the PNG was written. */
async function screenshotShowing(playground: Playground, name: string, expected: Array<string | RegExp>): Promise<void> {
  const { path, text } = await playground.screenshotWithText(name);
  expect(statSync(path).size).toBeGreaterThan(1000);
  for (const part of expected) expect(text).toMatch(part);
}

/** The playground renders a compact choice set as a Fluent combobox whose options open in a popup outside the card. */
async function choose(playground: Playground, form: Locator, label: string, option: string): Promise<void> {
  await form.getByRole('combobox', { name: label }).click();
  await playground.browserPage.getByRole('option', { name: option, exact: true }).click();
}

// One playground for every flow of this user (see usePlayground).
describe.skipIf(e2eSkipped)('a mentor of Jan Arentsz in the Agents Playground (Chromium)', () => {
  const playground = usePlayground({ localRoles: 'mentor', localSchool: 'jan-arentsz' });

  describe('books the JOS-spreekuur', () => {
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

  describe('asks for an anonymous consultation', () => {
    it('fills in the form, is asked to rewrite a name, and sees the confirmation', async () => {
      await playground.send('ik wil een casus anoniem bespreken');
      let form = await playground.waitForCardText('Leg een casus voor aan het JOS-team');
      await choose(playground, form, 'Thema', 'Pesten / sociale veiligheid');
      await choose(playground, form, 'Leerjaar (mag je leeg laten)', 'Onderbouw');
      await form.getByLabel('Je vraag').fill('Daan wordt in de groepsapp van de klas uitgelachen. Hoe pak ik dat aan?');
      await playground.clickButton('Bellen');
      await playground.clickButton('Graag deze week');
      await playground.clickButton('Verstuur');

      form = await playground.waitForCardText('Er is niets opgeslagen');
      expect(await form.innerText()).toContain('[naam] wordt in de groepsapp van de klas uitgelachen.');
      await playground.screenshot('consultation-rewrite');
      await form.getByLabel('Je vraag').fill('Een jongen in de onderbouw wordt in de groepsapp van de klas uitgelachen. Hoe pak ik dat aan?');
      await playground.clickButton('Verstuur');

      const confirmation = await playground.waitForCardText('Je vraag is verstuurd');
      const text = await confirmation.innerText();
      expect(text).toContain('JOS-team van Jan Arentsz');
      expect(text).toContain('Pesten / sociale veiligheid');
      expect(text).toContain('Graag deze week');
      expect(text).toContain('Bellen');
      await playground.screenshot('consultation-sent');
      expect((await playground.logPanel()).join('\n')).not.toMatch(/invoke (4|5)\d\d/);

      // The bot logged the request by id only: nothing of either version of the question is in its output.
      const logs = String(playground.output);
      expect(logs).toContain('consultation.submit');
      expect(logs).not.toContain('groepsapp');
      expect(logs).not.toContain('Daan');
    });
  });
});

describe.skipIf(e2eSkipped)('a JOS worker sees the coming weeks in "mijn spreekuur" (Chromium)', () => {
  const playground = usePlayground({ localRoles: 'mentor,jos-functionaris:jgc', localSchool: 'jan-arentsz' });

  it('after two bookings on the next two Mondays, lists both on the card, the coming weeks under "Volgende weken"', async () => {
    const todayInDutch = DateTime.now().setZone('Europe/Amsterdam').setLocale('nl').toFormat('cccc d LLLL');
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
      // Today's Monday is left out: within the minimum notice (an hour) its 14:00 is no longer offered. The window of 15
      // days from today always holds two later Mondays.
      const mondays = playground.browserPage
        .getByRole('button', { name: /^maandag \d+ \w+ \(\d+ plek(ken)?\)$/ })
        .filter({ hasNotText: todayInDutch });
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
