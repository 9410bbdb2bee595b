import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod/v4';
import { emlFileSender, smtpSender, type EmailSender } from '../../src/meetings/mail';
import type { Meeting, MeetingInput } from '../../src/meetings/model';
import { parseMemberCsv } from '../../src/meetings/members';
import type { FlushResult, TeamsSender } from '../../src/meetings/outbox';
import { OUTBOX_JOB, REMINDER_JOB } from '../../src/meetings/jobs';
import { createMeetingsModule, type MeetingsModule } from '../../src/meetings/setup';
import type { PlanWarning } from '../../src/meetings/warnings';
import { isProcesbegeleider } from '../../src/people/access';
import type { Person } from '../../src/people/roles';
import type { Db } from '../../src/store/db';
import * as cards from '../cards/meetings';
import { cardMessage, type AdaptiveCardJson } from '../cards/kit';
import type { BotApp, BotDeps } from '../deps';

const { MEETING_VERBS: VERBS, REASON_TEXT, messageCard, planProblem } = cards;

export const MEETING_LINK_KIND = 'meeting';

const OVERVIEW_TEXT = /^\s*(bijeenkomsten|netwerkgroep|leeromgeving)\s*$/i;

/**
 * "wie komt er op 17 januari?", "wie komen er op 17-1", "aanmeldingen netwerkgroep 17 januari": the group (optional)
 * and the day; a weekday before the date is skipped. The day must look like a date, so other features keep their
 * sentences with "aanmeldingen".
 */
const WHO_COMES_TEXT =
  /^\s*(?:wie\s+(?:komt|komen)\s+er|aanmeldingen)(?:\s+(?:voor|bij)(?:\s+de)?)?(?:\s+(netwerkgroep|leeromgeving))?(?:\s+op)?\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?|\d{1,2}\s+[a-z]{3,}(?:\s+\d{4})?)\.?\s*\??\s*$/i;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((value) => (value?.trim() ? value.trim() : null));
const onlineUrl = z
  .string()
  .trim()
  .nullish()
  .refine((value) => !value || /^https:\/\/\S+$/.test(value), 'link')
  .transform((value) => value || null);
const meetingIdSchema = z.object({ meetingId: z.coerce.number().int().positive() });
const planSchema = z
  .object({
    groupId: z.string().min(1),
    title: z.string().trim().min(1).max(120),
    number: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,2}$/.test(value))
      .transform((value) => (value ? Number(value) : null)),
    date: z.iso.date(),
    startTime: time,
    endTime: time,
    location: optionalText(200),
    onlineUrl,
    agenda: optionalText(2000),
    reserve: z.union([z.boolean(), z.enum(['true', 'false'])]).optional().transform((value) => value === true || value === 'true'),
  })
  .refine((input) => input.endTime > input.startTime, { message: 'eindtijd', path: ['endTime'] });
const editSchema = meetingIdSchema
  .extend({ date: z.iso.date(), startTime: time, endTime: time, location: optionalText(200), onlineUrl })
  .refine((input) => input.endTime > input.startTime, { message: 'eindtijd', path: ['endTime'] });
const importSchema = z.object({ text: z.string().min(1).max(20000) });
const draftKeySchema = z.object({ draftKey: z.uuid() });
const meetingIdsSchema = z.object({ meetingIds: z.array(z.coerce.number().int().positive()).min(1).max(50) });
const importIdSchema = z.object({ importId: z.coerce.number().int().positive() });
const groupIdSchema = z.object({ groupId: z.string().min(1) });
const memberAddSchema = groupIdSchema.extend({
  name: z.string().default(''),
  organisation: z.string().default(''),
  email: z.string().default(''),
  role: z.string().min(1),
});
const memberIdSchema = z.object({ memberId: z.coerce.number().int().positive() });
const membersImportSchema = groupIdSchema.extend({ csv: z.string().min(1).max(20000) });
const rsvpSchema = meetingIdSchema.extend({ answer: z.enum(['yes', 'no', 'maybe']) });

const modules = new WeakMap<Db, MeetingsModule>();

/** One meetings module per database, shared by the chat handlers and the feed route. */
export function meetingsModule(deps: BotDeps): MeetingsModule {
  let module = modules.get(deps.db);
  if (!module) {
    module = createMeetingsModule({
      db: deps.db,
      clock: deps.clock,
      jobs: deps.jobs.queue,
      knowledgeDir: deps.config.knowledgeDir,
      holidays: deps.holidays,
      reachableInTeams: (personId) => deps.proactive.canReach(personId),
      coreGroups: deps.knowledge.meetingGroups,
    });
    modules.set(deps.db, module);
  }
  return module;
}

const invitesNotice = (invites: number): string =>
  invites ? ` en krijgt de uitnodiging${invites === 1 ? '' : 'en'} voor ${invites === 1 ? 'de komende bijeenkomst' : `${invites} komende bijeenkomsten`}` : '';

/** A refused member in clear Dutch; a wrong address is named, so the procesbegeleider sees which one to fix. */
const memberProblem = (reason: string, email: string | undefined): string =>
  reason === 'invalid-email' && email?.trim()
    ? `"${email.trim()}" is geen geldig e-mailadres (voorbeeld: naam@organisatie.nl).`
    : (REASON_TEXT[reason] ?? 'De kolommen naam en e-mail ontbreken.');

const sentNotice = (meeting: Meeting, recipients: number): string =>
  `Verstuurd naar ${recipients} leden${meeting.reserve ? ' als reservedatum (voorlopig)' : ''}.`;

/** Netwerkgroep and leeromgeving: the procesbegeleider plans and invites; members answer from their card. */
export function registerMeetings(app: BotApp, deps: BotDeps): void {
  const { setup, groups, service, importer } = meetingsModule(deps);
  const now = () => deps.clock.now();
  const groupName = (id: string): string => groups.get(id)?.name ?? id;
  const calendarUrl = (meetingId: number): string => deps.calendarLinks.urlFor(deps.publicBaseUrl(), MEETING_LINK_KIND, String(meetingId), now());
  const feedUrl = (token: string): string => `${deps.publicBaseUrl().replace(/\/$/, '')}/ics/feed/${token}.ics`;

  deps.calendarLinks.register(MEETING_LINK_KIND, (refId) => service.meetingDownload(Number(refId)));

  const email: EmailSender = deps.config.smtp
    ? smtpSender(deps.config.smtp, { name: setup.organizer.name, address: setup.organizer.email })
    : emlFileSender(join(deps.config.dataDir, 'outbox'), { name: setup.organizer.name, address: setup.organizer.email });

  const teams: TeamsSender = {
    async send(notice) {
      const meeting = service.meetings.get(notice.meetingId);
      if (!meeting) return false;
      const member = service.members.forTeamsPerson(notice.personId).find((m) => m.groupId === meeting.groupId);
      const answer = member && service.rsvps.answerOf(meeting.id, member.id);
      const card = cards.memberMeetingCard(meeting, groupName(meeting.groupId), notice.kind, calendarUrl(meeting.id), answer);
      return (await deps.proactive.sendToPerson(notice.personId, cardMessage(card, `${meeting.title}, ${meeting.date}`))) !== undefined;
    },
  };

  /** Tells the procesbegeleider which deliveries were given up, by name (the card offers a retry). */
  const reportFailures = async (result: FlushResult): Promise<void> => {
    const byMeeting = new Map<number, string[]>();
    for (const failed of result.failed) {
      const name = service.members.get(failed.memberId)?.name ?? 'onbekend';
      byMeeting.set(failed.meetingId, [...(byMeeting.get(failed.meetingId) ?? []), name]);
    }
    for (const [meetingId, names] of byMeeting) {
      const meeting = service.meetings.get(meetingId)!;
      const text = `Niet afgeleverd na herhaalde pogingen voor ${meeting.title}: ${names.join(', ')}. Open de bijeenkomst om het opnieuw te proberen.`;
      await deps.proactive.sendToPerson(meeting.createdBy, cardMessage(meetingCardFor(meeting, { notice: text, noticeTone: 'Attention' }), 'Uitnodiging niet afgeleverd'));
    }
    if (result.failed.length) deps.logger.warn({ event: 'meetings.delivery-failed', count: result.failed.length });
  };

  const scheduleFlush = (dueAt = now()): void => {
    // A fresh key each time: a finished flush job with the same key would swallow this one.
    deps.jobs.queue.schedule(OUTBOX_JOB, { key: `meetings:outbox:${dueAt.toISOString()}:${randomUUID()}`, dueAt, payload: {} });
  };

  deps.jobs.register(OUTBOX_JOB, async () => {
    const result = await service.outbox.flush(now(), { email, teams });
    deps.logger.info({ event: 'meetings.outbox', sent: result.sent, retrying: result.retrying, failed: result.failed.length });
    await reportFailures(result);
    const next = service.outbox.nextAttemptAt();
    if (next) scheduleFlush(next);
  });
  deps.jobs.register(REMINDER_JOB, async (payload) => {
    if (service.remind(payload) > 0) scheduleFlush();
  });
  // Whatever was left in the outbox by a stopped process goes out when the job runner starts.
  if (service.outbox.nextAttemptAt()) scheduleFlush();

  /** After a change: the outbox job sends in the background, so the click is answered at once. */
  const deliver = (): void => {
    scheduleFlush();
    void deps.jobs.runDue();
  };

  const meetingCardFor = (meeting: Meeting, extra: Pick<cards.MeetingCardData, 'notice' | 'noticeTone' | 'warnings'> = {}): AdaptiveCardJson => {
    const status = service.outbox.status(meeting.id);
    return cards.meetingCard(
      {
        meeting,
        groupName: groupName(meeting.groupId),
        attendance: service.attendance(meeting.id),
        delivery: {
          sent: status.sent,
          pending: status.pending,
          failed: status.failed.map((f) => ({ name: service.members.get(f.memberId)?.name ?? 'onbekend', channel: f.channel })),
        },
        ...extra,
      },
      groupName,
    );
  };

  const overview = (): AdaptiveCardJson =>
    cards.overviewCard(
      groups.list().map((group) => ({
        group,
        memberCount: service.recipients(group.id).members.length,
        meetings: service.meetings.forGroup(group.id, ['draft', 'scheduled', 'cancelled']).filter((m) => new Date(m.endsAt) >= new Date(now().getTime() - 7 * 86_400_000)),
        feedUrl: feedUrl(group.feedToken),
      })),
    );

  const draftPreview = (meeting: Meeting): AdaptiveCardJson =>
    cards.previewCard(meeting, groupName(meeting.groupId), service.recipients(meeting.groupId), service.warningsFor([meeting], meeting.id), groupName, cards.draftActions(meeting));

  const membersFor = (groupId: string, feedback?: cards.MembersFeedback): AdaptiveCardJson => {
    const group = groups.get(groupId);
    if (!group) return messageCard('Leden', REASON_TEXT['unknown-group']!);
    const roles = setup.groups.find((g) => g.id === groupId)?.roles ?? {};
    return cards.membersCard(group, service.members.active(groupId), roles, feedback);
  };

  const outcome = (result: { ok: true; meeting: Meeting; warnings: PlanWarning[] } | { ok: false; reason: string }, notice: (m: Meeting) => string): AdaptiveCardJson => {
    if (!result.ok) return messageCard('Bijeenkomst', REASON_TEXT[result.reason] ?? result.reason);
    deliver();
    return meetingCardFor(result.meeting, { notice: notice(result.meeting), warnings: result.warnings });
  };

  const withMeeting = (data: unknown, work: (meeting: Meeting) => AdaptiveCardJson): AdaptiveCardJson => {
    const parsed = meetingIdSchema.safeParse(data);
    const meeting = parsed.success ? service.meetings.get(parsed.data.meetingId) : undefined;
    return meeting ? work(meeting) : messageCard('Bijeenkomst', REASON_TEXT['not-found']!);
  };

  type Handler = (person: Person, data: unknown) => AdaptiveCardJson;
  const forProcesbegeleider: Record<string, Handler> = {
    [VERBS.form]: (_p, data) => {
      const prefill = planSchema.safeParse(data);
      return cards.planFormCard(groups.list(), undefined, prefill.success ? cards.planFormValues(prefill.data) : undefined);
    },
    [VERBS.plan]: (_p, data) => {
      const parsed = planSchema.safeParse(data);
      if (!parsed.success) return cards.planFormCard(groups.list(), planProblem(parsed.error.issues[0]?.path[0]));
      if (!groups.get(parsed.data.groupId)) return cards.planFormCard(groups.list(), REASON_TEXT['unknown-group']);
      const input: MeetingInput = parsed.data;
      const warnings = service.warningsFor([input]);
      deps.logger.info({ event: 'meetings.previewed', warnings: warnings.length });
      const actions = cards.newMeetingActions(cards.planFormValues(input), randomUUID());
      return cards.previewCard(input, groupName(input.groupId), service.recipients(input.groupId), warnings, groupName, actions);
    },
    [VERBS.discard]: () => messageCard('Nieuwe bijeenkomst', 'Weggegooid: er is niets opgeslagen of verstuurd.'),
    [VERBS.show]: (_p, data) => withMeeting(data, (meeting) => (meeting.status === 'draft' ? draftPreview(meeting) : meetingCardFor(meeting))),
    [VERBS.send]: (person, data) => {
      const fresh = planSchema.safeParse(data);
      const draftKey = draftKeySchema.safeParse(data);
      if (fresh.success && draftKey.success) {
        const { members } = service.recipients(fresh.data.groupId);
        const result = service.planAndSend(fresh.data, person.id, draftKey.data.draftKey);
        const earlier = service.meetings.byDraftKey(draftKey.data.draftKey);
        if (!result.ok && result.reason === 'not-draft' && earlier) return meetingCardFor(earlier, { notice: 'Deze bijeenkomst is al verstuurd.' });
        return outcome(result, (m) => sentNotice(m, members.length));
      }
      return withMeeting(data, (meeting) => {
        const recipients = service.recipients(meeting.groupId).members.length;
        return outcome(service.send(meeting.id), (m) => sentNotice(m, recipients));
      });
    },
    [VERBS.editForm]: (_p, data) => withMeeting(data, (meeting) => cards.editFormCard(meeting)),
    [VERBS.edit]: (_p, data) => {
      const parsed = editSchema.safeParse(data);
      if (!parsed.success) return withMeeting(data, (meeting) => cards.editFormCard(meeting, planProblem(parsed.error.issues[0]?.path[0])));
      const { meetingId, ...change } = parsed.data;
      return withMeeting(data, (meeting) => {
        if (meeting.status === 'draft') return outcome(service.change(meetingId, change), () => 'Concept aangepast.');
        if (meeting.status === 'cancelled') return messageCard('Bijeenkomst', REASON_TEXT.cancelled!);
        const warnings = service.warningsFor([{ ...meeting, ...change }], meetingId);
        return cards.changePreviewCard(meeting, change, service.recipients(meeting.groupId), warnings, groupName);
      });
    },
    [VERBS.editConfirm]: (_p, data) => {
      const parsed = editSchema.safeParse(data);
      if (!parsed.success) return messageCard('Bijeenkomst', REASON_TEXT['bad-input']!);
      const { meetingId, ...change } = parsed.data;
      return outcome(service.change(meetingId, change), (m) => `Wijziging verstuurd naar alle leden (versie ${m.sequence}).`);
    },
    [VERBS.confirmReserve]: (_p, data) =>
      withMeeting(data, (meeting) => outcome(service.confirmReserve(meeting.id), () => 'De reservedatum gaat door; alle leden krijgen een bevestiging in hun agenda.')),
    [VERBS.dropReserve]: (_p, data) =>
      withMeeting(data, (meeting) => outcome(service.dropReserve(meeting.id), () => 'De reservedatum vervalt en wordt uit alle agenda\'s gehaald.')),
    [VERBS.cancel]: (_p, data) =>
      withMeeting(data, (meeting) =>
        outcome(service.cancel(meeting.id), () => (meeting.status === 'draft' ? 'Concept weggegooid; er is niets verstuurd.' : 'Geannuleerd; alle leden krijgen een afzegging.')),
      ),
    [VERBS.retry]: (_p, data) =>
      withMeeting(data, (meeting) => {
        const count = service.outbox.retryFailed(meeting.id, now());
        deliver();
        return meetingCardFor(meeting, { notice: `${count} bericht(en) worden opnieuw verstuurd.` });
      }),
    [VERBS.importForm]: () => cards.importFormCard(),
    [VERBS.importPreview]: (person, data) => {
      const parsed = importSchema.safeParse(data);
      if (!parsed.success) return cards.importFormCard(REASON_TEXT.empty);
      const preview = importer.preview(parsed.data.text, person.id, now());
      if (!preview.ok) return cards.importFormCard(REASON_TEXT[preview.reason]);
      deps.logger.info({ event: 'meetings.import-previewed', rows: preview.inputs.length, warnings: preview.warnings.length });
      return cards.importPreviewCard(preview, groupName);
    },
    [VERBS.importApply]: (person, data) => {
      const parsed = importIdSchema.safeParse(data);
      if (!parsed.success) return messageCard('Jaarplanning', REASON_TEXT['not-found']!);
      const applied = importer.apply(parsed.data.importId, person.id, now());
      if (!applied.ok) return messageCard('Jaarplanning', REASON_TEXT[applied.reason]!);
      return cards.importedCard(applied.meetings, (groupId) => service.recipients(groupId).members.length, groupName);
    },
    [VERBS.sendDrafts]: (_p, data) => {
      const parsed = meetingIdsSchema.safeParse(data);
      if (!parsed.success) return messageCard('Jaarplanning', REASON_TEXT['bad-input']!);
      const results = parsed.data.meetingIds.map((id) => service.send(id));
      const sent = results.filter((r) => r.ok).length;
      const messages = results.reduce((sum, r) => sum + (r.ok ? r.enqueued : 0), 0);
      deliver();
      const skipped = results.length - sent;
      return messageCard(
        'Jaarplanning verstuurd',
        `${sent} bijeenkomsten verstuurd, samen ${messages} berichten.${skipped ? ` ${skipped} waren al verstuurd of geannuleerd en zijn overgeslagen.` : ''}`,
      );
    },
    [VERBS.members]: (_p, data) => {
      const parsed = groupIdSchema.safeParse(data);
      return parsed.success ? membersFor(parsed.data.groupId) : messageCard('Leden', REASON_TEXT['unknown-group']!);
    },
    [VERBS.memberAdd]: (_p, data) => {
      const parsed = memberAddSchema.safeParse(data);
      if (!parsed.success) return messageCard('Leden', REASON_TEXT['bad-input']!);
      const { groupId, ...member } = parsed.data;
      const added = service.addMember(groupId, member);
      if (!added.ok) return membersFor(groupId, { notice: memberProblem(added.reason, member.email), tone: 'Attention', form: member });
      if (added.invites) deliver();
      return membersFor(groupId, { notice: `${added.member.name} is toegevoegd${invitesNotice(added.invites ?? 0)}.`, tone: 'Good' });
    },
    [VERBS.memberRemove]: (_p, data) => {
      const parsed = memberIdSchema.safeParse(data);
      const removed = parsed.success ? service.removeMember(parsed.data.memberId) : ({ ok: false, reason: 'not-found' } as const);
      if (!removed.ok) return messageCard('Leden', 'Dat lid staat niet (meer) op de lijst.');
      deliver();
      return membersFor(removed.member.groupId, { notice: `${removed.member.name} is verwijderd; ${removed.cancels} afzegging(en) verstuurd.`, tone: 'Good' });
    },
    [VERBS.membersImport]: (_p, data) => {
      const parsed = membersImportSchema.safeParse(data);
      if (!parsed.success) return messageCard('Leden', REASON_TEXT['bad-input']!);
      const { groupId, csv } = parsed.data;
      const problems: string[] = [];
      // The header and every refused line go back into the field, to be corrected and imported again.
      const lines = csv.trim().split(/\r?\n/);
      const refused = [lines[0]!];
      let added = 0;
      let invites = 0;
      for (const row of parseMemberCsv(csv)) {
        const result = row.member ? service.addMember(groupId, row.member) : ({ ok: false, reason: row.error! } as const);
        if (result.ok) {
          added += 1;
          invites += result.invites ?? 0;
        } else {
          problems.push(`Regel ${row.line}: ${memberProblem(result.reason, row.email)}`);
          refused.push(lines[row.line - 1] ?? '');
        }
      }
      if (invites) deliver();
      const summary = `${added === 1 ? '1 lid' : `${added} leden`} toegevoegd${invitesNotice(invites)}.`;
      if (!problems.length) return membersFor(groupId, { notice: summary, tone: 'Good' });
      const notice = [summary, 'Niet toegevoegd (staat nog in het veld om te verbeteren):', ...problems].join('\n');
      return membersFor(groupId, { notice, tone: 'Attention', form: { csv: refused.join('\n') } });
    },
  };

  for (const [verb, handler] of Object.entries(forProcesbegeleider)) {
    app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
      const person = deps.identify(context);
      if (!isProcesbegeleider(person)) {
        deps.logger.info({ event: 'meetings.refused', verb });
        return messageCard('Bijeenkomsten', REASON_TEXT['not-allowed']!);
      }
      return handler(person, data);
    });
  }

  app.adaptiveCards.actionExecute(VERBS.rsvp, async (context, _state, data) => {
    const parsed = rsvpSchema.safeParse(data);
    if (!parsed.success) return messageCard('Bijeenkomst', REASON_TEXT['bad-input']!);
    const person = deps.identify(context);
    const result = service.rsvp(parsed.data.meetingId, person.id, parsed.data.answer);
    if (!result.ok) return messageCard('Bijeenkomst', REASON_TEXT[result.reason]!);
    return cards.memberMeetingCard(result.meeting, groupName(result.meeting.groupId), 'invite', calendarUrl(result.meeting.id), parsed.data.answer);
  });

  /** The procesbegeleider gets the planning overview; a member their own meetings; anyone else a short refusal. */
  const overviewFor = (person: Person): AdaptiveCardJson => {
    if (isProcesbegeleider(person)) return overview();
    service.members.linkKnownPeople();
    const memberships = service.members.forTeamsPerson(person.id);
    if (!memberships.length) return messageCard('Bijeenkomsten', REASON_TEXT['not-allowed']!);
    const upcoming = memberships.flatMap((member) =>
      service.meetings
        .forGroup(member.groupId, ['scheduled'])
        .filter((meeting) => new Date(meeting.endsAt) > now())
        .map((meeting) => ({ meeting, groupName: groupName(meeting.groupId), answer: service.rsvps.answerOf(meeting.id, member.id) })),
    );
    return cards.myMeetingsCard(upcoming.sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt)));
  };

  app.adaptiveCards.actionExecute(VERBS.open, async (context) => overviewFor(deps.identify(context)));
  app.message(OVERVIEW_TEXT, async (context) => {
    await context.sendActivity(cardMessage(overviewFor(deps.identify(context)), 'Bijeenkomsten'));
  });
  app.adaptiveCards.actionExecute(VERBS.mine, async (context, _state, data) => {
    const person = deps.identify(context);
    return withMeeting(data, (meeting) => {
      const member = service.members.forTeamsPerson(person.id).find((m) => m.groupId === meeting.groupId);
      if (!member || meeting.status === 'draft') return messageCard('Bijeenkomst', REASON_TEXT['not-member']!);
      const kind = meeting.status === 'cancelled' ? 'cancel' : 'invite';
      return cards.memberMeetingCard(meeting, groupName(meeting.groupId), kind, calendarUrl(meeting.id), service.rsvps.answerOf(meeting.id, member.id));
    });
  });

  app.message(WHO_COMES_TEXT, async (context) => {
    const person = deps.identify(context);
    if (!isProcesbegeleider(person)) {
      await context.sendActivity(cardMessage(messageCard('Bijeenkomsten', REASON_TEXT['not-allowed']!), 'Bijeenkomsten'));
      return;
    }
    const [, group, day] = WHO_COMES_TEXT.exec(context.activity.text ?? '')!;
    const meetings = service.meetingsOnDay(day!, group?.toLowerCase());
    if (!meetings.length) {
      const of = group ? ` van de ${group.toLowerCase()}` : '';
      await context.sendActivity(`Ik vind geen verstuurde bijeenkomst${of} op ${day}. Typ "bijeenkomsten" voor het overzicht.`);
      return;
    }
    const card = cards.whoComesText(meetings.map((meeting) => ({ meeting, groupName: groupName(meeting.groupId), attendance: service.attendance(meeting.id) })));
    await context.sendActivity(cardMessage(card, 'Wie komt er?'));
  });
}
