import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { smtpSender } from '../../src/meetings/mail';
import { checkIcs } from '../helpers/ics';
import { calendarPart, meetingInput, meetingsWorld, noTeams, pb, planned } from './fixture';
import { startSmtpServer } from './smtp';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function smtpWorld(hooks?: Parameters<typeof startSmtpServer>[0]) {
  const smtp = await startSmtpServer(hooks);
  servers.push(smtp);
  const w = meetingsWorld();
  const email = smtpSender(smtp.settings, { name: 'Procesbegeleider JOS', address: 'procesbegeleider@jos.example.org' });
  const flush = () => w.outbox.flush(w.clock.now(), { email, teams: noTeams });
  const members = w.service.recipients('netwerkgroep').members;
  return { ...w, smtp, flush, members };
}

describe('delivery through a real SMTP server on 127.0.0.1', () => {
  it('receives one iMIP message per member per change, with the method in the text/calendar part', async () => {
    const w = await smtpWorld();
    const meeting = planned(w, meetingInput());
    const changes = [
      () => w.service.send(pb, meeting.id),
      () => w.service.change(pb, meeting.id, { date: '2023-01-24' }),
      () => w.service.cancel(pb, meeting.id),
    ];
    const expected = [
      { method: 'REQUEST', sequence: 0, start: '2023-01-17T14:00:00.000Z' },
      { method: 'REQUEST', sequence: 1, start: '2023-01-24T14:00:00.000Z' },
      { method: 'CANCEL', sequence: 2, start: '2023-01-24T14:00:00.000Z' },
    ];
    for (const [index, change] of changes.entries()) {
      expect(change()).toMatchObject({ ok: true });
      const before = w.smtp.received.length;
      expect(await w.flush()).toEqual({ sent: w.members.length, retrying: 0, failed: [] });
      const batch = w.smtp.received.slice(before);
      expect(batch.map((m) => m.recipients).flat().sort()).toEqual(w.members.map((m) => m.email).sort());
      for (const mail of batch) {
        expect(mail.parsed.replyTo?.value[0]?.address, 'replies go to the procesbegeleider').toBe('procesbegeleider@jos.example.org');
        expect(mail.raw).toMatch(new RegExp(`Content-Type: text/calendar; charset=utf-8; method=${expected[index]!.method}`, 'i'));
        const part = calendarPart(mail.parsed);
        expect(part.method).toBe(expected[index]!.method);
        const ics = checkIcs(part.ics, expected[index]!.method as 'REQUEST' | 'CANCEL');
        expect(ics.events[0]).toMatchObject({ uid: meeting.icalUid, sequence: expected[index]!.sequence, startUtc: expected[index]!.start });
      }
    }
  });

  it('retries a refused recipient with backoff, then reports it as failed while the others arrive once', async () => {
    const w = await smtpWorld({
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('gina@')) callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
        else callback();
      },
    });
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    expect(await w.flush()).toMatchObject({ sent: w.members.length - 1, retrying: 1, failed: [] });
    expect(await w.flush(), 'not due again before the backoff').toEqual({ sent: 0, retrying: 0, failed: [] });
    for (const minutes of [1, 5, 15]) {
      w.clock.advance({ minutes });
      expect(await w.flush()).toMatchObject({ sent: 0, retrying: 1 });
    }
    w.clock.advance({ minutes: 60 });
    const last = await w.flush();
    expect(last.failed).toHaveLength(1);
    const gina = w.members.find((m) => m.email.startsWith('gina@'))!;
    expect(w.outbox.status(meeting.id)).toMatchObject({ sent: w.members.length - 1, pending: 0, failed: [{ memberId: gina.id, channel: 'email' }] });
    expect(w.smtp.received).toHaveLength(w.members.length - 1);
  });

  it('recovers from a crash after 4 of 10 messages: a restarted process sends the other 6, none twice', async () => {
    let mailFromCount = 0;
    let killWorker: () => void = () => {};
    const w = await smtpWorld({
      onMailFrom(_address, _session, callback) {
        mailFromCount += 1;
        // The 5th message: the process dies before it is handed over.
        if (mailFromCount === 5) killWorker();
        else callback();
      },
    });
    w.service.addMember(pb, 'netwerkgroep', { name: 'Olaf Extra', organisation: 'Leerplicht Voorbeeld', email: 'olaf@leerplicht.example.org', role: 'themagast' });
    const meeting = planned(w, meetingInput());
    expect(w.service.send(pb, meeting.id)).toMatchObject({ ok: true, enqueued: 10 });

    const runWorker = () =>
      new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join('test', 'meetings', 'crash-worker.ts'), join(w.dir, 'jos.sqlite'), String(w.smtp.port), w.clock.now().toISOString()]);
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        killWorker = () => child.kill('SIGKILL');
        child.on('exit', (code, signal) => resolve({ code, signal, stdout }));
      });

    const crashed = await runWorker();
    expect(crashed.signal).toBe('SIGKILL');
    expect(w.smtp.received).toHaveLength(4);
    expect(w.outbox.status(meeting.id)).toMatchObject({ sent: 4, pending: 6 });

    const restarted = await runWorker();
    expect(restarted.code, restarted.stdout).toBe(0);
    expect(JSON.parse(restarted.stdout)).toEqual({ sent: 6, retrying: 0, failed: [] });
    const recipients = w.smtp.received.flatMap((m) => m.recipients);
    expect(recipients).toHaveLength(10);
    expect(new Set(recipients).size).toBe(10);
    expect(w.outbox.status(meeting.id)).toMatchObject({ sent: 10, pending: 0, failed: [] });
  }, 60_000);
});
