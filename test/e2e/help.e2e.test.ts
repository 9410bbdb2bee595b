import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eSkipped, startPlayground, type Playground } from '../helpers/playground';

describe.skipIf(e2eSkipped)('the bot in the Agents Playground (Chromium)', () => {
  let playground: Playground;

  beforeAll(async () => {
    playground = await startPlayground({ localRoles: 'mentor' });
  });

  afterAll(async () => {
    await playground?.close();
  });

  it('welcomes the user when the playground installs the app', async () => {
    const welcome = await playground.waitForCardText('Welkom bij JOS-assistent');
    expect(await welcome.innerText()).toContain('Privacy:');
  });

  it('shows the help card with the four capabilities when the user types help', async () => {
    await playground.send('help');
    const card = await playground.waitForCardText('Waarmee kan ik je helpen?');
    const text = await card.innerText();
    for (const capability of ['Toestemmingsvraag', 'Spreekuur boeken', 'Anonieme consultatie', 'Bijeenkomsten']) {
      expect(text).toContain(capability);
    }
    expect(text).toContain('toestemming, spreekuur, consultatie, bijeenkomsten of help');
    expect(text).toContain('Noem nooit de naam van een leerling');
    await playground.screenshot('help');
  });
});
