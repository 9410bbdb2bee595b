import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { MEETING_VERBS } from '../../bot/cards/meetings/verbs';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardActions, cardText, findAction } from '../helpers/cards';

const FEED = /\/ics\/feed\/[A-Za-z0-9_-]+\.ics/;

describe('group calendar feeds: personal chat only, and a new link ends the old one (finding 9)', () => {
  let bot: TestBot;
  let planner: TestUser;
  beforeAll(async () => {
    bot = await startTestBot({ clock: new ManualClock('2022-09-01T08:00:00Z') });
    planner = bot.user('pb-1', { name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] });
  });
  afterAll(async () => bot?.stop());

  const feedLink = (card: Parameters<typeof cardActions>[0]) => findAction(card, 'Agenda-abonnement Netwerkgroep').url!;

  it('shows no feed link in a group chat or channel, by text or by button', async () => {
    for (const conversationType of ['groupChat', 'channel'] as const) {
      const [reply] = await planner.say('bijeenkomsten', { conversationType, mentionBot: true });
      const click = planner.activity(
        { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: MEETING_VERBS.open, data: {} }, trigger: 'manual' } },
        { conversationType },
      );
      const clicked = JSON.stringify((await bot.post(click)).body);
      for (const answer of [JSON.stringify(reply), clicked]) {
        expect(answer, conversationType).not.toMatch(FEED);
        expect(answer).toContain('Open je chat met JOS-assistent');
      }
      const renew = planner.activity(
        { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: MEETING_VERBS.feedRenew, data: { groupId: 'netwerkgroep', confirmed: true } }, trigger: 'manual' } },
        { conversationType },
      );
      const renewed = JSON.stringify((await bot.post(renew)).body);
      expect(renewed).not.toMatch(FEED);
    }
    expect(feedLink((await planner.say('bijeenkomsten'))[0]), 'the personal chat shows it').toMatch(FEED);
  });

  it('"Nieuwe link" asks first, then the old URL answers 404 and the new one serves the feed', async () => {
    const [overview] = await planner.say('bijeenkomsten');
    const oldUrl = feedLink(overview);
    expect((await fetch(oldUrl)).status).toBe(200);
    const renew = findAction(overview, 'Nieuwe link Netwerkgroep');
    const question = await planner.execute(renew.verb!, renew.data);
    expect(cardText(question.card)).toContain('De huidige link werkt daarna niet meer');
    expect((await fetch(oldUrl)).status, 'asking changes nothing').toBe(200);
    const yes = findAction(question.card, 'Ja, nieuwe link');
    const renewed = await planner.execute(yes.verb!, yes.data);
    const newUrl = feedLink(renewed.card);
    expect(newUrl).not.toBe(oldUrl);
    expect((await fetch(oldUrl)).status).toBe(404);
    const fresh = await fetch(newUrl);
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toContain('BEGIN:VCALENDAR');
  });

  it('refuses "Nieuwe link" to anyone but the procesbegeleider', async () => {
    const [overview] = await planner.say('bijeenkomsten');
    const url = feedLink(overview);
    const mentor = bot.user('mentor-1', { name: 'Mark Mentor', schoolId: 'jan-arentsz' });
    const refused = await mentor.execute(MEETING_VERBS.feedRenew, { groupId: 'netwerkgroep', confirmed: true });
    expect(cardText(refused.card)).toContain('Alleen de procesbegeleider');
    expect((await fetch(url)).status).toBe(200);
  });
});
