import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardText, inputValues } from '../helpers/cards';

describe('member lists refuse what they cannot hold (findings 7 and 13)', () => {
  let bot: TestBot;
  let planner: TestUser;
  const memberNames = () => (bot.db.prepare("SELECT name FROM meeting_member WHERE group_id = 'netwerkgroep' AND removed_at IS NULL").all() as Array<{ name: string }>).map((row) => row.name);

  beforeAll(async () => {
    bot = await startTestBot({ clock: new ManualClock('2022-09-01T08:00:00Z') });
    planner = bot.user('pb-1', { name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] });
  });
  afterAll(async () => bot?.stop());

  it('a CSV with an unclosed quote gets an answer naming the line, the text stays in the field, nothing is added', async () => {
    const before = memberNames();
    const csv = 'naam;organisatie;e-mail;rol\nRik Nieuw;GGD Voorbeeld;rik@ggd.example.org;themagast\n"Fout;X;fout@x.example.org;themagast\nZara;Y;zara@y.example.org;themagast';
    const imported = await planner.execute('meetings.members.import', { groupId: 'netwerkgroep', csv });
    expect(imported.invokeResponse?.status).toBe(200);
    expect(cardText(imported.card)).toContain('Regel 3: deze regel kan ik niet lezen');
    expect(inputValues(imported.card).csv).toBe(csv);
    expect(memberNames()).toEqual(before);
  });

  it('refuses a role that is not one of the group\'s, and names the roles to choose from', async () => {
    const add = await planner.execute('meetings.member.add', { groupId: 'netwerkgroep', name: 'Rik Nieuw', organisation: 'GGD', email: 'rik@ggd.example.org', role: 'koning' });
    expect(cardText(add.card)).toContain('De rol "koning" hoort niet bij deze groep. Kies uit: projectleider, directeur');
    expect(inputValues(add.card)).toMatchObject({ name: 'Rik Nieuw', email: 'rik@ggd.example.org' });
    const csv = await planner.execute('meetings.members.import', { groupId: 'netwerkgroep', csv: 'naam;organisatie;e-mail;rol\nRik Nieuw;GGD;rik@ggd.example.org;constructor' });
    expect(cardText(csv.card)).toContain('Regel 2: De rol "constructor" hoort niet bij deze groep.');
    expect(memberNames()).not.toContain('Rik Nieuw');
  });

  it('refuses a name or organisation above 120 characters and keeps what was typed', async () => {
    const long = 'A'.repeat(121);
    const name = await planner.execute('meetings.member.add', { groupId: 'netwerkgroep', name: long, organisation: 'GGD', email: 'lang@ggd.example.org', role: 'themagast' });
    expect(cardText(name.card)).toContain('De naam is te lang (hoogstens 120 tekens).');
    expect(inputValues(name.card).name).toBe(long);
    const organisation = await planner.execute('meetings.member.add', { groupId: 'netwerkgroep', name: 'Lang', organisation: long, email: 'lang@ggd.example.org', role: 'themagast' });
    expect(cardText(organisation.card)).toContain('De organisatie is te lang (hoogstens 120 tekens).');
    expect(memberNames()).not.toContain(long);
    expect(memberNames()).not.toContain('Lang');
    const fits = await planner.execute('meetings.member.add', { groupId: 'netwerkgroep', name: 'A'.repeat(120), organisation: 'GGD', email: 'lang@ggd.example.org', role: 'themagast' });
    expect(cardText(fits.card)).toContain('is toegevoegd');
  });
});
