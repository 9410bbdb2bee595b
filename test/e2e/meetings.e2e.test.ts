import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { e2eSkipped, usePlayground } from '../helpers/playground';

/** The netwerkgroep as seeded from knowledge/meetings/members.yaml (the procesbegeleider is the organizer, not a member). */
const NETWERKGROEP_SIZE = 9;

describe.skipIf(e2eSkipped)('the procesbegeleider plans a meeting in the Agents Playground (Chromium)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jos-e2e-meetings-'));
  // Registered before the playground, so it runs after the playground has closed (after-hooks run in reverse).
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });
  const playground = usePlayground({ localRoles: 'procesbegeleider', env: { DATA_DIR: dataDir } });

  it('plans a meeting, sees who gets what, and sends the invitations', async () => {
    await playground.send('bijeenkomsten');
    await playground.waitForCardText('Bijeenkomsten netwerkgroep en leeromgeving');
    await playground.clickButton('Nieuwe bijeenkomst');
    const form = await playground.waitForCardText('Reservedatum (gaat uit als voorlopige afspraak)');

    await form.getByLabel('Titel').fill('Netwerkgroep bijeenkomst 3');
    // The playground renders Input.Date as a text field with a date picker; it takes typed ISO dates.
    const date = form.getByPlaceholder('Select a date...');
    await date.fill('2027-01-19');
    await date.press('Escape');
    await form.getByLabel('Plaats').fill('Stadskantoor Alkmaar');
    await form.getByLabel('Agenda').fill('Trends uit de leeromgeving');
    await playground.clickButton('Bekijk voorbeeld');

    const preview = await playground.waitForCardText('Voorbeeld: Netwerkgroep bijeenkomst 3');
    const previewText = await preview.innerText();
    expect(previewText).toContain(`Bij versturen krijgen ${NETWERKGROEP_SIZE} leden een agenda-uitnodiging per e-mail`);
    expect(previewText).toContain('Anouk Demo, Gemeente Voorbeeld (anouk.demo@gemeente.example.org)');
    expect(previewText).toContain('dinsdag 19 januari 2027');
    await playground.screenshot('meetings-preview');

    await playground.clickButton('Versturen');
    await playground.waitForCardText(`Verstuurd naar ${NETWERKGROEP_SIZE} leden`);
    await playground.screenshot('meetings-sent');

    // Without SMTP every invitation lands as an .eml file in data/outbox/ (sent in the background right after the click).
    const outbox = join(dataDir, 'outbox');
    await expect.poll(() => (existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')).length : 0), { timeout: 15_000 }).toBe(NETWERKGROEP_SIZE);
  });
});
