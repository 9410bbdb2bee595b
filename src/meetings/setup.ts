import { join } from 'node:path';
import { REGION_DEFAULT, type HolidayCalendar } from '../calendar/holidays';
import type { Clock } from '../clock';
import type { JobQueue } from '../jobs/queue';
import type { Db } from '../store/db';
import { loadMeetingsSetup, type MeetingsSetup } from './knowledge';
import { MeetingOutbox } from './outbox';
import { PlanImporter } from './planImport';
import type { PollSummary } from './replies/inbox';
import { replyFileForgetter, replyPoller, type ReplySource } from './replies/poller';
import { MeetingsRepository } from './repository';
import { MeetingService } from './service';
import type { DayOffLookup } from './warnings';

/** The meetings feature's domain objects, built once per bot (bot/startBot.ts) or per test world. */
export interface Meetings {
  setup: MeetingsSetup;
  service: MeetingService;
  importer: PlanImporter;
  outbox: MeetingOutbox;
  /** Reads the calendar replies that came in since the last poll (none without a reply source). */
  pollReplies: () => Promise<PollSummary>;
}

/** Meetings are region-wide, so they are checked against the regio Noord school holidays and the public holidays. */
export function regionDaysOff(holidays: HolidayCalendar): DayOffLookup {
  return (date) => {
    const day = holidays.holidayOn(REGION_DEFAULT, date);
    if (!day) return [];
    return [{ kind: day.kind === 'public' ? 'public-holiday' : 'school-holiday', name: day.name }];
  };
}

/** Loads knowledge/meetings, wires repository, outbox, service and importer, and seeds the groups once. */
export function createMeetings(options: {
  db: Db;
  clock: Clock;
  jobs: JobQueue;
  knowledgeDir: string;
  holidays: HolidayCalendar;
  reachableInTeams?: (personId: string) => boolean;
  coreGroups: readonly { id: string; name: string; meetings_per_year: number }[];
  replySource?: ReplySource;
  identifying?: (text: string) => boolean;
}): Meetings & {
  repository: MeetingsRepository;
  /** For the retention purge: deletes the reply files read at or before the cutoff; how many. */
  forgetReplyFilesBefore: (cutoff: Date) => number;
} {
  const { db, clock, jobs, knowledgeDir, holidays, reachableInTeams } = options;
  const setup = loadMeetingsSetup(join(knowledgeDir, 'meetings', 'members.yaml'), options.coreGroups);
  const repository = new MeetingsRepository(db);
  const outbox = new MeetingOutbox(repository);
  const service = new MeetingService({
    repository, outbox, clock, jobs, organizer: setup.organizer, daysOff: regionDaysOff(holidays), reachableInTeams, unansweredReminderDays: setup.unansweredReminderDays,
    identifying: options.identifying, memberRoles: Object.fromEntries(setup.groups.map((group) => [group.id, group.roles])),
  });
  service.seed(setup);
  const importer = new PlanImporter({ repository, service, clock, groups: setup.groups });
  const pollReplies = options.replySource ? replyPoller(repository, clock, options.replySource) : async () => ({ read: 0, applied: 0 });
  const forgetReplyFilesBefore = options.replySource ? replyFileForgetter(repository, options.replySource) : () => 0;
  return { setup, repository, service, importer, outbox, pollReplies, forgetReplyFilesBefore };
}
