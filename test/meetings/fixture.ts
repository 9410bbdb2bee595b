import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { HolidayCalendar, loadSchoolHolidays } from '../../src/calendar/holidays';
import { ManualClock } from '../../src/clock';
import { JobQueue } from '../../src/jobs/queue';
import { loadCoreKnowledge } from '../../src/knowledge/core';
import { emlFileSender } from '../../src/meetings/mail';
import type { Meeting, MeetingInput } from '../../src/meetings/model';
import type { MeetingOutbox, TeamsSender } from '../../src/meetings/outbox';
import type { MeetingService } from '../../src/meetings/service';
import { createMeetings } from '../../src/meetings/setup';
import type { Person } from '../../src/people/roles';
import { openDatabase } from '../../src/store/db';

export const KNOWLEDGE_DIR = resolve('knowledge');
/** The 2022–2023 year plan the meetings tests are written against (knowledge/ holds the demo plan of the current year). */
export const PLAN_2022_2023 = readFileSync(resolve('test', 'fixtures', 'meetings', 'plan-2022-2023.csv'), 'utf8');

/** A fresh SQLite file with the groups seeded from knowledge/, at a moment in the 2022–2023 school year. */
export function meetingsWorld(start = '2022-09-01T08:00:00Z', dir = mkdtempSync(join(tmpdir(), 'jos-meetings-'))) {
  const clock = new ManualClock(start);
  const db = openDatabase(join(dir, 'jos.sqlite'));
  const jobs = new JobQueue(db, clock);
  const holidays = new HolidayCalendar(db, loadSchoolHolidays(join(KNOWLEDGE_DIR, 'holidays')));
  const meetings = createMeetings({ db, clock, jobs, knowledgeDir: KNOWLEDGE_DIR, holidays, coreGroups: loadCoreKnowledge(KNOWLEDGE_DIR).meetingGroups });
  return { dir, clock, db, jobs, ...meetings };
}

/** The acting procesbegeleider of the domain tests (id "pb"). */
export const pb: Person = { id: 'pb', name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] };

/** Plans a draft as the procesbegeleider; fails the test when the service refuses. */
export function planned(world: { service: MeetingService }, input: MeetingInput): Meeting {
  const result = world.service.plan(pb, input);
  if (!result.ok) throw new Error(`plan refused: ${result.reason}`);
  return result.meeting;
}

export function meetingInput(overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    groupId: 'netwerkgroep',
    number: 2,
    title: 'Netwerkgroep bijeenkomst 2',
    date: '2023-01-17',
    startTime: '15:00',
    endTime: '17:00',
    location: 'Stadskantoor Alkmaar, zaal 3',
    onlineUrl: null,
    agenda: 'Opening\nStand van zaken pilotscholen',
    reserve: false,
    ...overrides,
  };
}

/** Teams delivery that nobody uses in these tests: every member here is e-mail only. */
export const noTeams: TeamsSender = { send: async () => false };

/** Reads the .eml files in a directory that were not read before, parsed, in delivery order. */
export function emlReader(outbox: string): () => Promise<ParsedMail[]> {
  const seen = new Set<string>();
  return async () => {
    const files = existsSync(outbox) ? readdirSync(outbox).filter((file) => !seen.has(file)) : [];
    files.forEach((file) => seen.add(file));
    const byDelivery = (file: string) => Number(/-(\d+)_jos-assistent\.eml$/.exec(file)?.[1] ?? 0);
    files.sort((a, b) => byDelivery(a) - byDelivery(b));
    return Promise.all(files.map((file) => simpleParser(readFileSync(join(outbox, file)))));
  };
}

/** Writes .eml files to `<dir>/outbox`; `flush` sends what is due and returns the mails written since the last call. */
export function emlOutbox(world: { dir: string; clock: ManualClock; outbox: MeetingOutbox }) {
  const outbox = join(world.dir, 'outbox');
  const sender = emlFileSender(outbox, { name: 'Procesbegeleider JOS', address: 'procesbegeleider@jos.example.org' });
  const readNew = emlReader(outbox);
  return {
    sender,
    async flush(): Promise<ParsedMail[]> {
      await world.outbox.flush(world.clock.now(), { email: sender, teams: noTeams });
      return readNew();
    },
  };
}

export const recipientsOf = (mails: ParsedMail[]): string[] =>
  mails.map((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)!.value[0]!.address!).sort();

/** The text/calendar alternative of an iMIP mail (what Outlook reads) with its method parameter, and the .ics attachment. */
export function calendarPart(mail: ParsedMail): { method: string | undefined; ics: string; attachmentIcs: string | undefined } {
  const alternative = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!alternative) throw new Error(`no text/calendar part in "${mail.subject}"`);
  const contentType = alternative.headers.get('content-type') as { params?: { method?: string } } | undefined;
  return {
    method: contentType?.params?.method,
    ics: alternative.content.toString('utf8'),
    attachmentIcs: mail.attachments.find((a) => a.filename?.endsWith('.ics'))?.content.toString('utf8'),
  };
}

/** The planning form as the procesbegeleider fills it in (a Tuesday in the demo school year), with changes. */
export const meetingForm = (overrides: Record<string, unknown> = {}) => ({
  groupId: 'netwerkgroep',
  title: 'Netwerkgroep bijeenkomst 2',
  number: '2',
  date: '2023-01-17',
  startTime: '15:00',
  endTime: '17:00',
  location: 'Stadskantoor Alkmaar',
  onlineUrl: '',
  agenda: 'Stand van zaken pilots',
  reserve: 'false',
  ...overrides,
});
