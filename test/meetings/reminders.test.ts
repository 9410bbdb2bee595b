import { describe, expect, it } from 'vitest';
import { REMINDER_JOB } from '../../src/meetings/jobs';
import { emlOutbox, meetingInput, meetingsWorld } from './fixture';

describe('meeting reminders (persisted jobs)', () => {
  it('reminds non-responders a week before and everyone the day before, at the moved date after a move', async () => {
    const w = meetingsWorld();
    const box = emlOutbox(w);
    const { meeting } = w.service.plan(meetingInput({ date: '2023-03-28' }), 'pb');
    w.service.send(meeting.id);
    await box.flush();
    // The meeting moves a week later: the reminders follow the new date and the old ones are dropped.
    w.service.change(meeting.id, { date: '2023-04-04' });
    await box.flush();
    const members = w.service.recipients('netwerkgroep').members;
    w.service.rsvps.answer(meeting.id, members[0]!.id, 'yes', w.clock.now());

    const runDue = async (at: string) => {
      w.clock.set(at);
      const jobs = w.jobs.claimDue();
      for (const job of jobs) {
        expect(job.kind).toBe(REMINDER_JOB.kind);
        w.service.remind(REMINDER_JOB.schema.parse(job.payload));
        w.jobs.complete(job.id);
      }
      return { jobs: jobs.length, mails: await box.flush() };
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
    const { meeting } = w.service.plan(meetingInput(), 'pb');
    w.service.send(meeting.id);
    w.service.cancel(meeting.id);
    w.clock.set('2023-01-20T00:00:00Z');
    expect(w.jobs.claimDue()).toEqual([]);
  });
});
