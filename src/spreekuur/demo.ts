import type { PeopleRepository } from '../people/repository';
import { immediate, type Db } from '../store/db';
import type { SpreekuurService } from './service';

/** Invented demo hours so a newcomer in local mode sees slots at once: two afternoons per demo JOS worker. */
const DEMO_HOURS: Record<string, { weekday: number; startTime: string; endTime: string; place: string }> = {
  jgc: { weekday: 2, startTime: '13:00', endTime: '14:00', place: 'Ondersteuningsruimte (demo)' },
  paj: { weekday: 4, startTime: '10:00', endTime: '11:00', place: 'Lokaal naast de mediatheek (demo)' },
  gedragswetenschapper: { weekday: 3, startTime: '14:00', endTime: '15:00', place: 'Online via Teams (demo)' },
};

/**
 * Only for demo people without a series of their own; running it at every start changes nothing after the first.
 * One write transaction, so two processes starting together on one database do not both add the hours.
 */
export function seedDemoSpreekuur(db: Db, service: SpreekuurService, people: PeopleRepository, today: Date): number {
  return immediate(db, () => seedMissing(service, people, today));
}

function seedMissing(service: SpreekuurService, people: PeopleRepository, today: Date): number {
  const demoIds = new Set(people.idsFrom('demo'));
  let created = 0;
  for (const person of people.withRole('jos-functionaris')) {
    if (!demoIds.has(person.id)) continue;
    const grant = person.roles.find((role) => role.role === 'jos-functionaris' && role.schoolId && role.function);
    const hours = grant?.function && DEMO_HOURS[grant.function];
    if (!grant?.schoolId || !hours || service.activeSeriesOfHost(person.id).length > 0) continue;
    const result = service.saveSeries(person, {
      schoolId: grant.schoolId,
      slotMinutes: 15,
      validFrom: today.toISOString().slice(0, 10),
      ...hours,
    });
    if (result.ok) created += 1;
  }
  return created;
}
