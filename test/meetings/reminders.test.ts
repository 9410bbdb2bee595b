import { describe, expect, it } from 'vitest';
import { ANSWER_REMINDER_JOB, REMINDER_JOB } from '../../src/meetings/jobs';
import type { JobQueue } from '../../src/jobs/queue';
import type { MeetingService } from '../../src/meetings/service';
import { emlOutbox, meetingInput, meetingsWorld, pb, planned } from './fixture';

/** Runs the due reminder jobs as the bot's job runner would; returns how many ran. */
function runReminderJobs(w: { jobs: JobQueue; service: MeetingService }): number {
  const jobs = w.jobs.claimDue();
  for (const job of jobs) {
    if (job.kind === ANSWER_REMINDER_JOB.kind) w.service.remindUnanswered(ANSWER_REMINDER_JOB.schema.parse(job.payload));
    else {
      expect(job.kind).toBe(REMINDER_JOB.kind);
      w.service.remind(REMINDER_JOB.schema.parse(job.payload));
    }
    w.jobs.complete(job.id);
  }
  return jobs.length;
}

describe('meeting reminders (persisted jobs)', () => {
  it('reminds non-responders a week before and everyone the day before, at the moved date after a move', async () => {
    const w = meetingsWorld();
    const box = emlOutbox(w);
    const meeting = planned(w, meetingInput({ date: '2023-03-28' }));
    w.service.send(pb, meeting.id);
    await box.flush();
    // The meeting moves a week later: the reminders follow the new date and the old ones are dropped.
    w.service.change(pb, meeting.id, { date: '2023-04-04' });
    await box.flush();
    const members = w.service.recipients('netwerkgroep').members;
    w.repository.rsvps.answer(meeting.id, members[0]!.id, 'yes', w.clock.now(), 'teams');

    const runDue = async (at: string) => {
      w.clock.set(at);
      const jobs = runReminderJobs(w);
      return { jobs, mails: await box.flush() };
    };

    expect((await runDue('2023-03-21T13:59:00Z')).jobs, 'nothing at the old week-before moment').toBe(0);
    expect((await runDue('2023-03-28T12:59:00Z')).jobs, 'not yet: 4 April 15:00 CEST is 13:00Z').toBe(0);
    const week = await runDue('2023-03-28T13:00:00Z');
    expect(week.mails.map((m) => m.subject)).toEqual(Array(members.length - 1).fill('Herinnering: Netwerkgroep bijeenkomst 2, dinsdag 4 april 2023 15:00'));
    const day = await runDue('2023-04-03T13:00:00Z');
    expect(day.mails).toHaveLength(members.length);
    expect(day.mails[0]!.text).toContain('Morgen is deze bijeenkomst.');
    expect((await runDue('2023-04-05T00:00:00Z')).jobs, 'each reminder once').toBe(0);
  });

  it('drops the reminders of a cancelled meeting', async () => {
    const w = meetingsWorld();
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    w.service.cancel(pb, meeting.id);
    w.clock.set('2023-01-20T00:00:00Z');
    expect(w.jobs.claimDue()).toEqual([]);
  });

  it('reminds each member without an answer once per meeting, N days before, across a restart and a later move', async () => {
    const first = meetingsWorld('2023-03-01T08:00:00Z');
    const meeting = planned(first, meetingInput({ date: '2023-03-28' }));
    first.service.send(pb, meeting.id);
    await emlOutbox(first).flush();
    const members = first.service.recipients('netwerkgroep').members;
    // Hugo accepted in Outlook; Gina told the procesbegeleider by phone.
    const hugo = members.find((m) => m.name === 'Hugo Gemeente')!;
    const gina = members.find((m) => m.name === 'Gina Groeimee')!;
    first.repository.rsvps.answer(meeting.id, hugo.id, 'yes', first.clock.now(), 'agenda');
    expect(first.service.setAnswer(pb, meeting.id, gina.id, 'no')).toMatchObject({ ok: true });
    first.db.close();

    // A restart: the reminder jobs are rows in the same database file.
    const w = meetingsWorld('2023-03-01T08:00:00Z', first.dir);
    const box = emlOutbox(w);
    w.clock.set('2023-03-21T13:59:00Z');
    expect(runReminderJobs(w), 'not before 7 days ahead (28 March 15:00 CEST is 13:00Z)').toBe(0);
    w.clock.set('2023-03-21T14:00:00Z');
    runReminderJobs(w);
    const reminded = (await box.flush()).filter((m) => m.subject?.startsWith('Herinnering'));
    expect(reminded.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0]!.address).sort()).toEqual(
      members.filter((m) => m !== hugo && m !== gina).map((m) => m.email).sort(),
    );
    expect(reminded[0]!.text).toContain('Je hebt nog niet laten weten of je komt.');

    // Moved a week later: the answer reminders were sent for this meeting, so none goes out again.
    w.service.change(pb, meeting.id, { date: '2023-04-04' });
    await box.flush();
    w.clock.set('2023-03-28T13:00:00Z');
    runReminderJobs(w);
    expect((await box.flush()).filter((m) => m.subject?.startsWith('Herinnering'))).toEqual([]);
  });
});
