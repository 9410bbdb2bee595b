import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { cardText, findAction } from '../helpers/cards';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { checkIcs } from '../helpers/ics';
import { calendarPart } from './fixture';
import { startSmtpServer } from './smtp';

const NETWERKGROEP_SIZE = 9;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let bot: TestBot;
let clock: ManualClock;
let procesbegeleider: TestUser;
let refuse: (recipient: string) => boolean;

beforeEach(async () => {
  refuse = () => false;
  smtp = await startSmtpServer({
    onRcptTo(address, _session, callback) {
      if (refuse(address.address)) callback(Object.assign(new Error('try again later'), { responseCode: 450 }));
      else callback();
    },
  });
  clock = new ManualClock('2022-09-01T08:00:00Z');
  bot = await startTestBot({ clock, env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'jos-assistent@jos.example.org' } });
  procesbegeleider = bot.user('pb-1', { name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] });
  await procesbegeleider.say('hallo');
});
afterEach(async () => {
  await bot.stop();
  await smtp.close();
});

async function planAndSend(): Promise<number> {
  const preview = await procesbegeleider.execute('meetings.plan', {
    groupId: 'netwerkgroep', title: 'Netwerkgroep bijeenkomst 2', date: '2023-01-17', startTime: '15:00', endTime: '17:00', reserve: 'false',
  });
  const send = findAction(preview.card, 'Versturen');
  const sent = await procesbegeleider.execute(send.verb!, send.data);
  await bot.runDueJobs();
  return Number(findAction(sent.card, 'Annuleren').data!.meetingId);
}

describe('the bot sending through SMTP', () => {
  it('delivers one iMIP message per member through the configured SMTP server', async () => {
    await planAndSend();
    expect(smtp.received.flatMap((m) => m.recipients)).toHaveLength(NETWERKGROEP_SIZE);
    for (const mail of smtp.received) {
      const part = calendarPart(mail.parsed);
      expect(part.method).toBe('REQUEST');
      expect(checkIcs(part.ics, 'REQUEST').events[0]!.startUtc).toBe('2023-01-17T14:00:00.000Z');
    }
  });

  it('retries with backoff, tells the procesbegeleider who was not reached, and sends again on request', async () => {
    refuse = (address) => address.startsWith('gina@');
    const meetingId = await planAndSend();
    expect(smtp.received).toHaveLength(NETWERKGROEP_SIZE - 1);
    for (const minutes of [1, 5, 15, 60]) {
      clock.advance({ minutes });
      await bot.runDueJobs();
      await bot.runDueJobs();
    }
    const told = bot.proactiveTo('pb-1').at(-1);
    expect(cardText(told)).toContain('Niet afgeleverd na herhaalde pogingen voor Netwerkgroep bijeenkomst 2: Gina Groeimee');

    const card = await procesbegeleider.execute('meetings.show', { meetingId });
    expect(cardText(card.card)).toContain('Niet afgeleverd (1):');
    refuse = () => false;
    const retry = findAction(card.card, 'Opnieuw proberen');
    await procesbegeleider.execute(retry.verb!, retry.data);
    await bot.runDueJobs();
    const recipients = smtp.received.flatMap((m) => m.recipients);
    expect(recipients).toHaveLength(NETWERKGROEP_SIZE);
    expect(new Set(recipients).size).toBe(NETWERKGROEP_SIZE);
  });

  it('keeps what it could not send across a restart and sends it then, once', async () => {
    refuse = () => true;
    await planAndSend();
    expect(smtp.received).toHaveLength(0);
    await bot.restart();
    refuse = () => false;
    clock.advance({ minutes: 1 });
    await bot.runDueJobs();
    await bot.runDueJobs();
    const recipients = smtp.received.flatMap((m) => m.recipients);
    expect(recipients).toHaveLength(NETWERKGROEP_SIZE);
    expect(new Set(recipients).size).toBe(NETWERKGROEP_SIZE);
  });
});
