import { join } from 'node:path';
import { REGION_DEFAULT, type HolidayCalendar } from '../calendar/holidays';
import type { Clock } from '../clock';
import type { JobQueue } from '../jobs/queue';
import type { Db } from '../store/db';
import { GroupRepository, loadMeetingsSetup, seedGroups, type MeetingsSetup } from './groups';
import { PlanImporter } from './planImport';
import { MeetingService } from './service';
import type { DayOffLookup } from './warnings';

export interface MeetingsModule {
  setup: MeetingsSetup;
  groups: GroupRepository;
  service: MeetingService;
  importer: PlanImporter;
}

/** Meetings are region-wide, so they are checked against the regio Noord school holidays and the public holidays. */
export function regionDaysOff(holidays: HolidayCalendar): DayOffLookup {
  return (date) => {
    const day = holidays.holidayOn(REGION_DEFAULT, date);
    if (!day) return [];
    return [{ kind: day.kind === 'public' ? 'public-holiday' : 'school-holiday', name: day.name }];
  };
}

/** Loads knowledge/meetings, seeds the groups once and wires the feature's domain objects. */
export function createMeetingsModule(options: {
  db: Db;
  clock: Clock;
  jobs: JobQueue;
  knowledgeDir: string;
  holidays: HolidayCalendar;
  reachableInTeams?: (personId: string) => boolean;
  coreGroups: readonly { id: string; name: string; meetings_per_year: number }[];
}): MeetingsModule {
  const { db, clock, jobs, knowledgeDir, holidays, reachableInTeams } = options;
  const setup = loadMeetingsSetup(join(knowledgeDir, 'meetings', 'members.yaml'), options.coreGroups);
  seedGroups(db, setup, clock.now());
  const service = new MeetingService({ db, clock, jobs, organizer: setup.organizer, daysOff: regionDaysOff(holidays), reachableInTeams });
  const importer = new PlanImporter(db, service, setup.groups);
  return { setup, groups: new GroupRepository(db), service, importer };
}
