import type { Person, Role } from './roles';

/**
 * Who may do what, as named rules. One meaning of "school": a grant without a school matches a specific school only
 * for the roles that work across schools by nature; a JOS worker or ondersteuningscoördinator without a school on
 * their grant has access at no school at all.
 */
const CROSS_SCHOOL_ROLES: ReadonlySet<Role> = new Set<Role>(['procesbegeleider', 'projectleider', 'beheerder']);

/** Everyone may act as mentor/docent; other roles must be granted (at `schoolId`, when given). */
export function hasRole(person: Person, role: Role, schoolId?: string): boolean {
  if (role === 'mentor') return true;
  return person.roles.some(
    (grant) =>
      grant.role === role &&
      (schoolId === undefined || grant.schoolId === schoolId || (grant.schoolId === undefined && CROSS_SCHOOL_ROLES.has(role))),
  );
}

/** The schools where a person holds `role` explicitly (a grant without a school names none). */
function schoolsWithRole(person: Person, role: Role): string[] {
  return [...new Set(person.roles.flatMap((grant) => (grant.role === role && grant.schoolId ? [grant.schoolId] : [])))];
}

export const isBeheerder = (person: Person): boolean => hasRole(person, 'beheerder');

/** Plans meetings of the netwerkgroep and leeromgeving. */
export const isProcesbegeleider = (person: Person): boolean => hasRole(person, 'procesbegeleider');

/** A JOS worker of exactly this school: sees and claims its consultations. */
export const isJosTeamMember = (person: Person, schoolId: string): boolean => hasRole(person, 'jos-functionaris', schoolId);

/** The schools where the person is on the JOS team (hosts a spreekuur); one coach may serve several. */
export const josTeamSchools = (person: Person): string[] => schoolsWithRole(person, 'jos-functionaris');

/** The school an ondersteuningscoördinator coordinates (the first, when several). */
export const coordinatedSchool = (person: Person): string | undefined => schoolsWithRole(person, 'ondersteuningscoordinator')[0];

/** A mentor books the spreekuur of the school they chose, no other. */
export const mayBookAt = (person: Person, schoolId: string): boolean => person.schoolId === schoolId;

/** A school's own holiday dates: the beheerder, or that school's ondersteuningscoördinator. */
export const mayEditHolidays = (person: Person, schoolId: string): boolean =>
  isBeheerder(person) || hasRole(person, 'ondersteuningscoordinator', schoolId);
