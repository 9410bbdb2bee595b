import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { e2eSkipped, usePlayground, type Playground } from '../helpers/playground';

/** The playground renders a compact choice set as a Fluent combobox whose options open in a popup outside the card. */
async function choose(playground: Playground, form: Locator, label: string, option: string): Promise<void> {
  await form.getByRole('combobox', { name: label }).click();
  await playground.browserPage.getByRole('option', { name: option, exact: true }).click();
}

describe.skipIf(e2eSkipped)('a mentor asks for an anonymous consultation in the Agents Playground (Chromium)', () => {
  const playground = usePlayground({ localRoles: 'mentor', localSchool: 'jan-arentsz' });

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
