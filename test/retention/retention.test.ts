import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { loadRetentionSettings } from '../../src/retention/settings';
import { TestBot } from '../helpers/bot';
import { findAction } from '../helpers/cards';
import { databaseHolds, readerHolding } from '../helpers/sqlite';
import { findSlot, mondayHours } from '../spreekuur/botWorld';
import { meetingForm } from '../meetings/fixture';

const TOPIC = 'planning van het huiswerk bespreken';

describe('retention of free text other than consultation questions (issue 12, finding 2)', () => {
  let bot: TestBot;
  afterEach(async () => bot?.stop());

  async function bookedWithTopic(): Promise<{ clock: ManualClock; token: string }> {
    // Monday 23 November 2026, 10:00; the slot at 14:00 today ends 14:15 (13:15 UTC).
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    bot = await TestBot.start({ clock });
    const { mentor } = await mondayHours(bot);
    const booked = await mentor.execute('spreekuur.book', { ...(await findSlot(mentor, '14:00')).action.data, topic: TOPIC });
    expect(booked.status).toBe(200);
    const { token } = bot.db.prepare("SELECT token FROM calendar_links WHERE kind = 'spreekuur-booking'").get() as { token: string };
    return { clock, token };
  }

  const icsStatus = async (token: string) => (await fetch(`${bot.url}/ics/${token}.ics`)).status;

  it('deletes a spreekuur topic 14 days after the appointment, from the file and the write-ahead log, while another process reads', async () => {
    const { clock } = await bookedWithTopic();
    expect(databaseHolds(bot.databaseFile, TOPIC)).toBe(true);

    clock.set('2026-12-07T03:30:00Z'); // 13 days and 14 hours after the appointment
    await bot.runDueJobs();
    expect((bot.db.prepare('SELECT topic FROM spreekuur_bookings').get() as { topic: string | null }).topic).toBe(TOPIC);

    clock.set('2026-12-08T03:30:00Z');
    const reader = await readerHolding(bot.databaseFile, 800, 'SELECT topic FROM spreekuur_bookings');
    await bot.runDueJobs();
    await reader.done;
    const booking = bot.db.prepare('SELECT topic, status FROM spreekuur_bookings').get() as { topic: string | null; status: string };
    expect(booking).toEqual({ topic: null, status: 'booked' }); // the booking itself stays for the counts
    expect(databaseHolds(bot.databaseFile, TOPIC)).toBe(false);
  });

  it('stops serving the calendar link 30 days after the appointment', async () => {
    const { clock, token } = await bookedWithTopic();
    expect(await icsStatus(token)).toBe(200);
    clock.set('2026-12-22T03:30:00Z');
    await bot.runDueJobs();
    expect(await icsStatus(token)).toBe(200);
    clock.set('2026-12-24T03:30:00Z');
    await bot.runDueJobs();
    expect(await icsStatus(token)).toBe(404);
    expect(databaseHolds(bot.databaseFile, token)).toBe(false);
  });

  it('deletes non-member reply addresses, pasted year plans and idle conversation state in time', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    bot = await TestBot.start({ clock });
    const at = clock.now().toISOString();
    bot.db.prepare("INSERT INTO meeting_reply_message (key, outcome, processed_at) VALUES ('m1', 'replies', ?)").run(at);
    bot.db
      .prepare("INSERT INTO meeting_reply (message_key, method, sequence, attendee, outcome, received_at) VALUES ('m1', 'REPLY', 0, 'vreemde@voorbeeld.nl', 'not-member', ?)")
      .run(at);
    bot.db.prepare("INSERT INTO meeting_import (created_by, text, created_at) VALUES ('pb', 'jaarplan-tekst-xyz', ?)").run(at);
    bot.db.prepare("INSERT INTO bot_state (key, value_json, updated_at) VALUES ('msteams/conversations/c1', '{\"facts\":\"feit-xyz\"}', ?)").run(at);
    const stored = () => ({
      address: (bot.db.prepare('SELECT attendee FROM meeting_reply').get() as { attendee: string | null }).attendee,
      plans: (bot.db.prepare('SELECT count(*) AS n FROM meeting_import').get() as { n: number }).n,
      states: (bot.db.prepare("SELECT count(*) AS n FROM bot_state WHERE key = 'msteams/conversations/c1'").get() as { n: number }).n,
    });

    clock.advance({ days: 6 });
    bot.deps.retention.purge();
    expect(stored()).toEqual({ address: 'vreemde@voorbeeld.nl', plans: 1, states: 1 });
    clock.advance({ days: 2 }); // 8 days: the year plan (7) is gone
    bot.deps.retention.purge();
    expect(stored()).toEqual({ address: 'vreemde@voorbeeld.nl', plans: 0, states: 1 });
    clock.advance({ days: 23 }); // 31 days: the address (30) and the conversation state (30) too
    expect(bot.deps.retention.purge().walCleared).toBe(true);
    expect(stored()).toEqual({ address: null, plans: 0, states: 0 });
    for (const text of ['vreemde@voorbeeld.nl', 'jaarplan-tekst-xyz', 'feit-xyz']) expect(databaseHolds(bot.databaseFile, text)).toBe(false);
  });

  it('empties the stored text of a sent meeting invitation 30 days after it was sent; what was sent when stays', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    bot = await TestBot.start({ clock });
    const pb = bot.user('pb-1', { name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] });
    const preview = await pb.execute(
      'meetings.plan',
      meetingForm({ title: 'Netwerkgroep bijeenkomst 3', number: '3', date: '2027-01-19', agenda: 'Ervaringen met de aanpak van schoolverzuim' }),
    );
    const send = findAction(preview.card, 'Versturen');
    await pb.execute(send.verb!, send.data);
    await bot.runDueJobs();
    const texts = () => bot.db.prepare("SELECT status, message FROM meeting_delivery WHERE kind = 'invite' AND channel = 'email'").all() as Array<{ status: string; message: string }>;
    expect(texts().every((row) => row.status === 'sent' && row.message.includes('schoolverzuim'))).toBe(true);
    clock.advance({ days: 29 });
    bot.deps.retention.purge();
    expect(texts().every((row) => row.message.includes('schoolverzuim'))).toBe(true);
    clock.advance({ days: 2 });
    bot.deps.retention.purge();
    expect(texts().length).toBeGreaterThan(0);
    expect(texts().every((row) => row.status === 'sent' && row.message === '{}')).toBe(true);
  });

  it('names the file and the field of a wrong retention setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retention-'));
    cpSync('knowledge/retention.yaml', join(dir, 'retention.yaml'));
    expect(loadRetentionSettings(dir).spreekuurTopicDays).toBe(14);
    writeFileSync(join(dir, 'retention.yaml'), 'spreekuurTopicDays: nooit\ncalendarLinkDays: 30\nmeetingReplyAddressDays: 30\nmeetingReplyFileDays: 30\nsentMessageDays: 30\nyearPlanDays: 7\nconversationStateDays: 30\n');
    expect(() => loadRetentionSettings(dir)).toThrow(/retention\.yaml: spreekuurTopicDays/);
  });
});
