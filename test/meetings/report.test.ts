import { describe, expect, it } from 'vitest';
import { meetingAttendanceCounts, meetingAttendanceCsv } from '../../src/meetings/report';
import { meetingInput, meetingsWorld, pb, planned } from './fixture';

describe('monitoring counts of meetings (npm run report -- bijeenkomsten)', () => {
  it('counts invitations, answers by source and who came per meeting, without names', () => {
    const w = meetingsWorld('2023-01-02T08:00:00Z');
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    planned(w, meetingInput({ date: '2023-02-14', number: 3 }));
    const [anouk, bram, carla] = w.service.recipients('netwerkgroep').members;
    w.repository.rsvps.answer(meeting.id, anouk!.id, 'yes', w.clock.now(), 'agenda');
    w.repository.rsvps.answer(meeting.id, bram!.id, 'no', w.clock.now(), 'teams');
    w.service.setAnswer(pb, meeting.id, carla!.id, 'yes');
    w.clock.set('2023-01-17T16:00:00Z');
    expect(w.service.markPresence(pb, meeting.id, [anouk!.id, carla!.id])).toMatchObject({ ok: true });

    const csv = meetingAttendanceCsv(meetingAttendanceCounts(w.db, { from: '2023-01-01', to: '2023-03-01' }));
    expect(csv, 'the draft of 14 February is not counted').toBe(
      'datum,groep,nummer,uitgenodigd,ja,nee,misschien,via_agenda,via_teams,ingevoerd,aanwezig\n2023-01-17,netwerkgroep,2,9,2,1,0,1,1,1,2\n',
    );
    expect(csv).not.toMatch(/Anouk|@/);
  });
});
