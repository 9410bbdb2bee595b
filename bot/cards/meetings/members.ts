/** The member list of a group, with add, remove and CSV import. */
import type { MeetingGroup, Member } from '../../../src/meetings/model';
import { actionSet, adaptiveCard, notice, choiceInput, executeAction, heading, paragraph, smallPrint, textInput, type AdaptiveCardJson, plainText } from '../kit';
import { confirmCard } from '../confirm';
import { MEETING_VERBS } from './verbs';

/** What the members card says after a submit; a refused entry stays in its field, so nothing typed is lost. */
export interface MembersFeedback {
  notice: string;
  tone: 'Good' | 'Attention';
  form?: Partial<Record<'name' | 'organisation' | 'email' | 'role' | 'csv', string>>;
}

export function membersCard(group: MeetingGroup, members: Member[], roles: Record<string, string>, feedback?: MembersFeedback): AdaptiveCardJson {
  const form = feedback?.form ?? {};
  return adaptiveCard(
    [
      heading(`Leden ${group.name} (${members.length})`),
      ...(feedback ? [notice(feedback.notice, feedback.tone === 'Good' ? 'done' : 'problem')] : []),
      ...members.map((m) => ({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [paragraph(`${plainText(m.name)}, ${roles[m.role] ?? plainText(m.role)}\n${plainText(m.organisation)}, ${plainText(m.email)}`)] },
          { type: 'Column', width: 'auto', items: [actionSet([executeAction('Verwijderen', MEETING_VERBS.memberRemove, { memberId: m.id }, { style: 'destructive' })])] },
        ],
      })),
      paragraph('Lid toevoegen', { bold: true }),
      textInput('name', 'Naam', { maxLength: 120, value: form.name }),
      textInput('organisation', 'Organisatie', { maxLength: 120, value: form.organisation }),
      textInput('email', 'E-mail', { maxLength: 200, value: form.email }),
      choiceInput('role', 'Rol', Object.entries(roles).map(([value, title]) => ({ title, value })), { value: form.role ?? Object.keys(roles)[0] }),
      actionSet([executeAction('Toevoegen', MEETING_VERBS.memberAdd, { groupId: group.id }, { style: 'positive' })]),
      paragraph('Of plak een CSV (naam;organisatie;e-mail;rol):', { bold: true }),
      textInput('csv', 'Ledenlijst (CSV)', { multiline: true, maxLength: 20000, value: form.csv }),
      actionSet([executeAction('CSV importeren', MEETING_VERBS.membersImport, { groupId: group.id })]),
      smallPrint('Wie je verwijdert, krijgt een afzegging voor de komende bijeenkomsten.'),
    ],
  );
}

export const removeMemberQuestion = (member: Member): AdaptiveCardJson =>
  confirmCard(
    `${plainText(member.name)} verwijderen?`,
    `${plainText(member.name)} gaat van de ledenlijst en krijgt een afzegging voor de komende bijeenkomsten.`,
    { title: 'Ja, verwijder', verb: MEETING_VERBS.memberRemove, data: { memberId: member.id } },
    { title: 'Nee, terug', verb: MEETING_VERBS.members, data: { groupId: member.groupId } },
  );
