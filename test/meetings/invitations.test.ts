import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/people/roles';
import { checkIcs, expectSequenceRaised } from '../helpers/ics';
import { calendarPart, emlOutbox, meetingInput, meetingsWorld, pb, planned, recipientsOf } from './fixture';

/** Runs under TZ=UTC and TZ=Europe/Amsterdam too (the time-zone projects in vitest.config.ts). */
describe(`meeting invitations as e-mail (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  function world() {
    const w = meetingsWorld();
    const memberEmails = w.service.recipients('netwerkgroep').members.map((m) => m.email).sort();
    return { ...w, box: emlOutbox(w), memberEmails };
  }

  it('sends one REQUEST per member at 17 January 2023 15:00 Amsterdam = 14:00Z, and every file passes the checks', async () => {
    const w = world();
    const meeting = planned(w, meetingInput());
    expect(await w.box.flush(), 'nothing goes out for a draft').toHaveLength(0);
    expect(w.service.send(pb, meeting.id)).toMatchObject({ ok: true, enqueued: w.memberEmails.length });

    const mails = await w.box.flush();
    expect(recipientsOf(mails)).toEqual(w.memberEmails);
    for (const mail of mails) {
      const part = calendarPart(mail);
      expect(part.method).toBe('REQUEST');
      expect(part.attachmentIcs, 'the attachment is the same object').toBe(part.ics);
      const ics = checkIcs(part.ics, 'REQUEST');
      const event = ics.events[0]!;
      expect(event).toMatchObject({
        uid: meeting.icalUid,
        sequence: 0,
        status: 'CONFIRMED',
        startUtc: '2023-01-17T14:00:00.000Z',
        endUtc: '2023-01-17T16:00:00.000Z',
        startLocal: '2023-01-17T15:00:00',
        tzid: 'Europe/Amsterdam',
        organizer: 'mailto:procesbegeleider@jos.example.org',
        location: 'Stadskantoor Alkmaar, zaal 3',
      });
      expect(event.description).toContain('Stand van zaken pilotscholen');
      expect(event.attendees.map((a) => a.value.replace('mailto:', '')).sort()).toEqual(w.memberEmails);
      expect(mail.text).toContain('dinsdag 17 januari 2023 15:00–17:00');
    }
    expect(await w.box.flush(), 'a second flush sends nothing again').toHaveLength(0);
  });

  it('plans and sends a meeting from a preview once, however often its button is clicked', async () => {
    const w = world();
    const key = '6f1c2b1e-4a8e-4c47-9a35-0d3b6d7e8f90';
    expect(w.service.planAndSend(pb, meetingInput(), key)).toMatchObject({ ok: true, enqueued: w.memberEmails.length });
    expect(w.service.planAndSend(pb, meetingInput(), key)).toEqual({ ok: false, reason: 'not-draft' });
    expect(w.repository.meetings.active()).toHaveLength(1);
    expect(recipientsOf(await w.box.flush())).toEqual(w.memberEmails);
  });

  it('moves a meeting with the same UID and SEQUENCE+1 to everyone, in summer time too', async () => {
    const w = world();
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    const first = checkIcs(calendarPart((await w.box.flush())[0]!).ics, 'REQUEST');

    const moved = w.service.change(pb, meeting.id, { date: '2023-06-20', startTime: '14:30', endTime: '16:30', location: 'Online' });
    expect(moved).toMatchObject({ ok: true, enqueued: w.memberEmails.length });
    const mails = await w.box.flush();
    expect(recipientsOf(mails)).toEqual(w.memberEmails);
    for (const mail of mails) {
      expect(mail.subject).toMatch(/^Gewijzigd: /);
      const update = checkIcs(calendarPart(mail).ics, 'REQUEST');
      expectSequenceRaised(first, update);
      expect(update.events[0]).toMatchObject({ sequence: 1, startUtc: '2023-06-20T12:30:00.000Z', location: 'Online' });
    }
    expect(w.service.change(pb, meeting.id, { location: 'Online' }), 'the same values again are no change').toEqual({ ok: false, reason: 'no-change' });
  });

  it('sends a reserve date TENTATIVE; confirming sends CONFIRMED, dropping sends a CANCEL, each with SEQUENCE+1', async () => {
    const w = world();
    const keep = planned(w, meetingInput({ date: '2023-05-11', number: 5, reserve: true }));
    const drop = planned(w, meetingInput({ date: '2023-05-25', number: 6, reserve: true }));
    w.service.send(pb, keep.id);
    w.service.send(pb, drop.id);
    const sent = (await w.box.flush()).map((mail) => checkIcs(calendarPart(mail).ics, 'REQUEST'));
    expect(sent.map((ics) => ics.events[0]!.status)).toEqual(Array(sent.length).fill('TENTATIVE'));
    expect(sent[0]!.text).toContain('X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE');
    const keepFirst = sent.find((ics) => ics.events[0]!.uid === keep.icalUid)!;
    const dropFirst = sent.find((ics) => ics.events[0]!.uid === drop.icalUid)!;

    expect(w.service.confirmReserve(pb, keep.id)).toMatchObject({ ok: true, enqueued: w.memberEmails.length });
    for (const mail of await w.box.flush()) {
      const ics = checkIcs(calendarPart(mail).ics, 'REQUEST');
      expectSequenceRaised(keepFirst, ics);
      expect(ics.events[0]).toMatchObject({ status: 'CONFIRMED', summary: 'Netwerkgroep bijeenkomst 2' });
    }

    expect(w.service.dropReserve(pb, drop.id)).toMatchObject({ ok: true, enqueued: w.memberEmails.length });
    const cancels = await w.box.flush();
    expect(recipientsOf(cancels)).toEqual(w.memberEmails);
    for (const mail of cancels) {
      const part = calendarPart(mail);
      expect(part.method).toBe('CANCEL');
      const ics = checkIcs(part.ics, 'CANCEL');
      expectSequenceRaised(dropFirst, ics);
      expect(ics.events[0]!.status).toBe('CANCELLED');
    }
    expect(w.service.dropReserve(pb, keep.id), 'a confirmed date is no reserve any more').toEqual({ ok: false, reason: 'not-reserve' });
  });

  it('cancels a meeting with METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE+1 and every attendee', async () => {
    const w = world();
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    await w.box.flush();
    expect(w.service.cancel(pb, meeting.id)).toMatchObject({ ok: true });
    const mails = await w.box.flush();
    expect(recipientsOf(mails)).toEqual(w.memberEmails);
    const ics = checkIcs(calendarPart(mails[0]!).ics, 'CANCEL');
    expect(ics.events[0]).toMatchObject({ uid: meeting.icalUid, sequence: 1, status: 'CANCELLED' });
    expect(ics.events[0]!.attendees).toHaveLength(w.memberEmails.length);
    expect(w.service.cancel(pb, meeting.id)).toEqual({ ok: false, reason: 'cancelled' });
    const download = w.service.meetingDownload(meeting.id)!;
    expect(download.method, 'the "Zet in mijn agenda" link now serves the cancellation').toBe('CANCEL');
    const downloaded = checkIcs(download.body, 'CANCEL').events[0]!;
    expect(downloaded).toMatchObject({ uid: meeting.icalUid, status: 'CANCELLED' });
    // The mailed CANCEL (above) lists whom it removes; the shared link never shows the member list (issue 11, finding 10).
    expect(downloaded.attendees, 'the link serves no member list').toEqual([]);
  });

  it('sends a removed member, and only that member, a cancel for each upcoming meeting', async () => {
    const w = world();
    const past = planned(w, meetingInput({ date: '2022-10-25' }));
    const next = planned(w, meetingInput({ date: '2023-01-17' }));
    w.service.send(pb, past.id);
    w.service.send(pb, next.id);
    await w.box.flush();
    w.clock.set('2022-11-01T08:00:00Z');
    const leaving = w.service.recipients('netwerkgroep').members[0]!;

    expect(w.service.removeMember(pb, leaving.id)).toMatchObject({ ok: true, cancels: 1 });
    const mails = await w.box.flush();
    expect(recipientsOf(mails)).toEqual([leaving.email]);
    const ics = checkIcs(calendarPart(mails[0]!).ics, 'CANCEL');
    expect(ics.events[0]!.uid).toBe(next.icalUid);
    expect(ics.events[0]!.attendees.map((a) => a.value)).toEqual([`mailto:${leaving.email}`]);
    expect(w.service.recipients('netwerkgroep').members.map((m) => m.id)).not.toContain(leaving.id);
  });

  it('refuses planning, sending, changing and member changes to anyone but the procesbegeleider, and changes nothing', async () => {
    const w = world();
    const mentor: Person = { id: 'mentor-1', name: 'Mark Mentor', roles: [{ role: 'mentor' }] };
    const draft = planned(w, meetingInput({ date: '2023-05-11', reserve: true }));
    const notAllowed = { ok: false, reason: 'not-allowed' };
    expect(w.service.plan(mentor, meetingInput())).toEqual(notAllowed);
    expect(w.service.planAndSend(mentor, meetingInput(), '6f1c2b1e-4a8e-4c47-9a35-0d3b6d7e8f91')).toEqual(notAllowed);
    expect(w.service.send(mentor, draft.id)).toEqual(notAllowed);
    expect(w.service.sendAll(mentor, [draft.id])).toEqual(notAllowed);
    expect(w.service.change(mentor, draft.id, { location: 'Online' })).toEqual(notAllowed);
    expect(w.service.confirmReserve(mentor, draft.id)).toEqual(notAllowed);
    expect(w.service.dropReserve(mentor, draft.id)).toEqual(notAllowed);
    expect(w.service.cancel(mentor, draft.id)).toEqual(notAllowed);
    expect(w.service.retryFailed(mentor, draft.id)).toEqual(notAllowed);
    expect(w.service.overview(mentor)).toEqual(notAllowed);
    expect(w.service.meetingsOnDay(mentor, '11 mei')).toEqual(notAllowed);
    const member = { name: 'Mira', organisation: 'X', email: 'mira@example.org', role: 'lid' };
    expect(w.service.addMember(mentor, 'netwerkgroep', member)).toEqual(notAllowed);
    expect(w.service.importMembers(mentor, 'netwerkgroep', 'naam;e-mail\nMira;mira@example.org')).toEqual(notAllowed);
    expect(w.service.removeMember(mentor, w.service.recipients('netwerkgroep').members[0]!.id)).toEqual(notAllowed);
    expect(w.importer.preview(mentor, 'groep;titel;datum;begin;eind\nnetwerkgroep;X;2023-03-09;15:00;17:00')).toEqual(notAllowed);

    expect(await w.box.flush(), 'nothing was sent').toHaveLength(0);
    expect(w.repository.meetings.active()).toEqual([draft]);
    expect(w.service.recipients('netwerkgroep').members.map((m) => m.email).sort()).toEqual(w.memberEmails);
  });

  it('publishes the school year of a group as a feed without attendees or cancelled meetings', async () => {
    const w = world();
    const ids = ['2022-10-25', '2023-01-17', '2023-03-09'].map((date) => planned(w, meetingInput({ date })).id);
    ids.forEach((id) => w.service.send(pb, id));
    w.service.cancel(pb, ids[1]!);
    planned(w, meetingInput({ date: '2023-04-17' }));
    const feed = checkIcs(w.service.groupFeed('netwerkgroep', 'Netwerkgroep')!, 'PUBLISH');
    expect(feed.events.map((e) => e.startUtc)).toEqual(['2022-10-25T13:00:00.000Z', '2023-03-09T14:00:00.000Z']);
    expect(w.service.groupFeed('leeromgeving', 'Leeromgeving'), 'no meetings, no feed').toBeUndefined();
  });
});
