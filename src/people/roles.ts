export const ROLES = [
  'mentor',
  'jos-functionaris',
  'ondersteuningscoordinator',
  'procesbegeleider',
  'projectleider',
  'beheerder',
] as const;
export type Role = (typeof ROLES)[number];

export const JOS_FUNCTIONS = ['jgc', 'paj', 'gedragswetenschapper'] as const;
export type JosFunction = (typeof JOS_FUNCTIONS)[number];

export interface RoleGrant {
  role: Role;
  function?: JosFunction;
  /** The school the role is held at; absent for roles across schools (procesbegeleider, projectleider, beheerder). */
  schoolId?: string;
}

export interface Person {
  id: string;
  name: string;
  email?: string;
  schoolId?: string;
  roles: RoleGrant[];
}
