/** The procesbegeleider's side of the answers: what replies said besides, who came, and the forms to set either. */
import { wallClock } from '../../../src/calendar/time';
import type { Attendance, Meeting, Member, RsvpAnswer } from '../../../src/meetings/model';
import type { Presence, ReplyNote } from '../../../src/meetings/service';
import { adaptiveCard, bulletList, choiceInput, executeAction, heading, paragraph, type AdaptiveCardJson, type CardElement, plainText } from '../kit';
import { answeredName } from './common';
import { MEETING_VERBS } from './verbs';

const ANSWER_WORD: Record<RsvpAnswer, string> = { yes: 'ja', no: 'nee', maybe: 'misschien' };

function noteText(note: ReplyNote): string {
  switch (note.kind) {
    case 'counter':
      return `${plainText(note.member.name)} stelt een andere tijd voor: ${wallClock(new Date(note.start)).setLocale('nl').toFormat('cccc d LLLL HH:mm')}${
        note.end ? `–${wallClock(new Date(note.end)).toFormat('HH:mm')}` : ''
      } (niet overgenomen; wijzig de bijeenkomst als je dat wilt).`;
    case 'old-sequence':
      return `${plainText(note.member.name)} antwoordde ${note.answer ? ANSWER_WORD[note.answer] : 'iets'} op een eerdere versie; dat telt niet voor de huidige.`;
    case 'not-member':
      return `Antwoord (${note.answer ? ANSWER_WORD[note.answer] : 'zonder antwoord'}) van ${note.address}, dat geen lid is. Vul het in bij het juiste lid als het van een lid komt.`;
  }
}

/** Proposals, answers to an older version and unknown addresses: shown, never counted. */
export function replyNotes(notes: ReplyNote[]): CardElement[] {
  return notes.length ? [paragraph('Uit de agenda-antwoorden, niet meegeteld:', { bold: true }), bulletList(notes.map(noteText))] : [];
}

export function presenceLine(presence: Presence): CardElement[] {
  if (!presence.marked) return [];
  return [paragraph(`Aanwezig (${presence.present.length}): ${presence.present.map((m) => plainText(m.name)).join(', ') || '-'}. Afwezig: ${presence.absent.length}.`)];
}

/** The procesbegeleider's actions beside the answers: enter an answer, and after the start, who came. */
export function answerActions(meeting: Meeting, now: Date): CardElement[] {
  const id = { meetingId: meeting.id };
  const actions = [executeAction('Antwoord invullen', MEETING_VERBS.answerForm, id)];
  if (meeting.status === 'scheduled' && new Date(meeting.startsAt) <= now) actions.push(executeAction('Wie was er?', MEETING_VERBS.presenceForm, id));
  return actions;
}

/** For a member who phoned or told her: pick the member and the answer. */
export function answerFormCard(meeting: Meeting, members: Member[], attendance: Attendance, error?: string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading(`Antwoord invullen: ${plainText(meeting.title)}`),
      ...(error ? [paragraph(error, { color: 'Attention' })] : []),
      choiceInput('memberId', 'Lid', members.map((m) => ({ title: answeredName(m, attendance.answers.get(m.id)), value: String(m.id) })), { required: true }),
      choiceInput('answer', 'Antwoord', [
        { title: 'Ja', value: 'yes' },
        { title: 'Nee', value: 'no' },
        { title: 'Misschien', value: 'maybe' },
      ], { required: true, expanded: true }),
    ],
    [executeAction('Opslaan', MEETING_VERBS.answerSet, { meetingId: meeting.id }, { style: 'positive' })],
  );
}

/** After the meeting: tick who came (those who said yes are ticked until she marks it). */
export function presenceFormCard(meeting: Meeting, members: Member[], ticked: Member[]): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading(`Wie was er? ${plainText(meeting.title)}`),
      paragraph('Vink aan wie er was; de anderen tellen als afwezig.', { subtle: true }),
      {
        type: 'Input.ChoiceSet',
        id: 'present',
        label: 'Aanwezig',
        isMultiSelect: true,
        style: 'expanded',
        choices: members.map((m) => ({ title: m.name, value: String(m.id) })),
        value: ticked.map((m) => String(m.id)).join(','),
      },
    ],
    [executeAction('Opslaan', MEETING_VERBS.presenceSet, { meetingId: meeting.id }, { style: 'positive' })],
  );
}
