import { describe, expect, it } from 'vitest';
import { coordinatedSchool, hasRole, isJosTeamMember, josTeamSchools, mayEditHolidays } from '../../src/people/access';
import type { Person, RoleGrant } from '../../src/people/roles';

const person = (...roles: RoleGrant[]): Person => ({ id: 'p', name: 'P', roles });

describe('access rules: one meaning of "school"', () => {
  it('a school-bound role granted without a school gives access at no school', () => {
    const coach = person({ role: 'jos-functionaris', function: 'jgc' });
    expect(isJosTeamMember(coach, 'school-a')).toBe(false);
    expect(hasRole(coach, 'jos-functionaris', 'school-a')).toBe(false);
    expect(josTeamSchools(coach)).toEqual([]);
    const coordinator = person({ role: 'ondersteuningscoordinator' });
    expect(mayEditHolidays(coordinator, 'school-a')).toBe(false);
    expect(coordinatedSchool(coordinator)).toBeUndefined();
  });

  it('a cross-school role without a school holds at every school', () => {
    expect(hasRole(person({ role: 'procesbegeleider' }), 'procesbegeleider', 'school-a')).toBe(true);
    expect(hasRole(person({ role: 'projectleider' }), 'projectleider', 'school-a')).toBe(true);
    expect(mayEditHolidays(person({ role: 'beheerder' }), 'school-a')).toBe(true);
  });

  it('a grant at one school holds there and nowhere else', () => {
    const coach = person({ role: 'jos-functionaris', schoolId: 'school-a' }, { role: 'jos-functionaris', schoolId: 'school-b' });
    expect(isJosTeamMember(coach, 'school-a')).toBe(true);
    expect(isJosTeamMember(coach, 'school-c')).toBe(false);
    expect(josTeamSchools(coach)).toEqual(['school-a', 'school-b']);
    expect(mayEditHolidays(person({ role: 'ondersteuningscoordinator', schoolId: 'school-a' }), 'school-b')).toBe(false);
  });

  it('everyone acts as mentor', () => {
    expect(hasRole(person(), 'mentor', 'school-a')).toBe(true);
  });
});
