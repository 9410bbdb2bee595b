import type { Meeting } from '../../../src/meetings/model';
import { googleReply, malformedReply, outlookReply, plainMail, thunderbirdReply, type ReplyShape } from './mails';

export interface ScenarioMail {
  label: string;
  raw: string;
  /** Whether the bot should mark it processed (flag or move): it holds calendar replies. */
  processed: boolean;
}

/**
 * One mailbox's worth of answers to `meeting` (already moved once, so at SEQUENCE 1), as members' clients send them:
 * after reading it, Hugo says yes (his later, older-stamped decline does not win), Gina no, Iris maybe; Anouk's
 * answer to the old version, Carla's proposal, a stranger, an unknown UID, a broken file and a plain mail change nothing.
 */
export function replyScenario(meeting: Meeting): ScenarioMail[] {
  const reply = (overrides: Partial<ReplyShape>): ReplyShape => ({
    uid: meeting.icalUid,
    sequence: meeting.sequence,
    attendee: 'hugo@gemeente.example.org',
    name: 'Hugo Gemeente',
    partstat: 'ACCEPTED',
    stamp: '2022-10-03T08:15:00.000Z',
    messageId: `<${overrides.attendee ?? 'hugo'}-${overrides.stamp ?? 'a'}@mail.example.org>`,
    ...overrides,
  });
  return [
    { label: 'Outlook accept', raw: outlookReply(reply({ attendee: 'Hugo@Gemeente.example.org' })), processed: true },
    { label: 'Google decline', raw: googleReply(reply({ attendee: 'gina@zorg.example.org', name: 'Gina Groeimee', partstat: 'DECLINED' })), processed: true },
    { label: 'Thunderbird tentative', raw: thunderbirdReply(reply({ attendee: 'iris@gemeente.example.org', name: 'Iris Ondersteun', partstat: 'TENTATIVE' })), processed: true },
    {
      label: 'reply to the old version',
      raw: outlookReply(reply({ attendee: 'anouk.demo@gemeente.example.org', name: 'Anouk Demo', sequence: meeting.sequence - 1 })),
      processed: true,
    },
    {
      label: 'counter proposal',
      raw: outlookReply(reply({ attendee: 'carla.test@school.example.org', name: 'Carla Test', partstat: 'TENTATIVE' }), 'COUNTER', {
        start: '20230124T150000',
        end: '20230124T170000',
      }),
      processed: true,
    },
    { label: 'not a member', raw: outlookReply(reply({ attendee: 'onbekend@elders.example.org', name: 'Onbekende' })), processed: true },
    { label: 'unknown UID', raw: googleReply(reply({ uid: 'ergens-anders-123@google.com', attendee: 'eva.verzon@school.example.org', name: 'Eva Verzon' })), processed: true },
    { label: 'malformed ics', raw: malformedReply('<broken@mail.example.org>', 'daan.fictief@school.example.org'), processed: false },
    { label: 'plain mail', raw: plainMail('<plain@mail.example.org>'), processed: false },
    {
      label: 'older decline arriving late',
      raw: outlookReply(reply({ partstat: 'DECLINED', stamp: '2022-10-02T10:00:00.000Z', messageId: '<hugo-late@mail.example.org>' })),
      processed: true,
    },
  ];
}
