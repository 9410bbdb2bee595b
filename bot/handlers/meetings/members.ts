import { messageCard, REASON_TEXT, type RefusalReason } from '../../cards/meetings/common';
import { membersCard, removeMemberQuestion, type MembersFeedback } from '../../cards/meetings/members';
import { MEETING_VERBS as VERBS } from '../../cards/meetings/verbs';
import { countLabel, type AdaptiveCardJson } from '../../cards/kit';
import type { MeetingsFeature } from './context';
import { groupIdSchema, memberAddSchema, memberRemoveSchema, membersImportSchema } from './payloads';

const invitesNotice = (invites: number): string =>
  invites ? ` en krijgt de uitnodiging${invites === 1 ? '' : 'en'} voor ${invites === 1 ? 'de komende bijeenkomst' : `${invites} komende bijeenkomsten`}` : '';

/** A refused member in clear Dutch; a wrong address or role is named, so the procesbegeleider sees which one to fix. */
function memberProblem(reason: RefusalReason, typed: { email?: string; role?: string }, roles: Record<string, string>): string {
  if (reason === 'invalid-email' && typed.email?.trim()) return `"${typed.email.trim()}" is geen geldig e-mailadres (voorbeeld: naam@organisatie.nl).`;
  if (reason === 'unknown-role') return `${typed.role?.trim() ? `De rol "${typed.role.trim()}" hoort niet bij deze groep. ` : ''}Kies uit: ${Object.keys(roles).join(', ')}.`;
  return REASON_TEXT[reason];
}

/** Where a pasted list stops being CSV; the text stays in the field to be fixed. */
const unreadableCsv = (line: number): string =>
  `Regel ${line}: deze regel kan ik niet lezen. Staat er een aanhalingsteken (") dat niet wordt gesloten? Pas de regel aan en importeer opnieuw; er is niets toegevoegd.`;

/** The procesbegeleider keeps each group's member list: add (one or a pasted CSV) and remove. */
export function registerMembers(feature: MeetingsFeature): void {
  const { deps, routes, manager, deliver } = feature;
  const { service, setup } = deps.meetings;
  const badInput = () => messageCard('Leden', REASON_TEXT['bad-input']);

  const rolesOf = (groupId: string): Record<string, string> => setup.groups.find((g) => g.id === groupId)?.roles ?? {};
  const membersFor = (groupId: string, feedback?: MembersFeedback): AdaptiveCardJson => {
    const group = service.group(groupId);
    if (!group) return messageCard('Leden', REASON_TEXT['unknown-group']);
    return membersCard(group, service.activeMembers(groupId), rolesOf(groupId), feedback);
  };

  routes.verb(VERBS.members, groupIdSchema, (_turn, { groupId }) => membersFor(groupId), {
    guard: manager,
    invalid: () => messageCard('Leden', REASON_TEXT['unknown-group']),
  });

  routes.verb(
    VERBS.memberAdd,
    memberAddSchema,
    ({ person }, { groupId, ...member }) => {
      const added = service.addMember(person, groupId, member);
      if (!added.ok) return membersFor(groupId, { notice: memberProblem(added.reason, member, rolesOf(groupId)), tone: 'Attention', form: member });
      if (added.invites) deliver();
      return membersFor(groupId, { notice: `${added.member.name} is toegevoegd${invitesNotice(added.invites)}.`, tone: 'Good' });
    },
    { guard: manager, invalid: badInput },
  );

  const notOnList = () => messageCard('Leden', 'Dat lid staat niet (meer) op de lijst.');
  routes.verb(
    VERBS.memberRemove,
    memberRemoveSchema,
    ({ person }, { memberId, confirmed }) => {
      const leaving = service.member(memberId);
      if (!confirmed && leaving) return removeMemberQuestion(leaving);
      const removed = service.removeMember(person, memberId);
      if (!removed.ok) return notOnList();
      deliver();
      return membersFor(removed.member.groupId, { notice: `${removed.member.name} is verwijderd; ${removed.cancels === 0 ? 'er hoefde geen afzegging verstuurd te worden' : `${countLabel(removed.cancels, 'afzegging', 'afzeggingen')} verstuurd`}.`, tone: 'Good' });
    },
    { guard: manager, invalid: notOnList },
  );

  routes.verb(
    VERBS.membersImport,
    membersImportSchema,
    ({ person }, { groupId, csv }) => {
      const imported = service.importMembers(person, groupId, csv);
      if (!imported.ok && imported.reason === 'unreadable-csv') return membersFor(groupId, { notice: unreadableCsv(imported.line), tone: 'Attention', form: { csv } });
      if (!imported.ok) return messageCard('Leden', REASON_TEXT[imported.reason]);
      if (imported.invites) deliver();
      const summary = `${imported.added === 1 ? '1 lid' : `${imported.added} leden`} toegevoegd${invitesNotice(imported.invites)}.`;
      if (!imported.refused.length) return membersFor(groupId, { notice: summary, tone: 'Good' });
      const problems = imported.refused.map((row) => `Regel ${row.line}: ${memberProblem(row.reason, row, rolesOf(groupId))}`);
      const notice = [summary, 'Niet toegevoegd (staat nog in het veld om te verbeteren):', ...problems].join('\n');
      // The header and every refused line go back into the field, to be corrected and imported again.
      return membersFor(groupId, { notice, tone: 'Attention', form: { csv: imported.remaining } });
    },
    { guard: manager, invalid: badInput },
  );
}
