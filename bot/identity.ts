import type { Activity, TurnContext } from 'botbuilder';
import type { Clock } from '../src/clock';
import type { Config } from '../src/config';
import type { PeopleRepository } from '../src/people/repository';
import type { Person, RoleGrant } from '../src/people/roles';

/** Shown for someone Teams sent no name for (yet): a neutral word, not "unknown user". */
export const NAMELESS = 'Collega';

/**
 * Who sent an activity. In Teams mode only the Entra object id counts (the channel user id differs per bot and
 * could be anything in a forged body); locally (Playground, tests) the channel user id stands in when it is missing.
 */
export function personKey(activity: Pick<Activity, 'from'>, mode: Config['mode']): string | undefined {
  const from = activity.from as Activity['from'] | undefined;
  if (mode === 'teams') return from?.aadObjectId || undefined;
  return from?.aadObjectId || from?.id || undefined;
}

const PERSON = Symbol('jos.person');

const grantKey = (grant: RoleGrant): string => `${grant.role}|${grant.function ?? ''}|${grant.schoolId ?? ''}`;
const sameGrants = (a: RoleGrant[], b: RoleGrant[]): boolean => {
  const keys = new Set(a.map(grantKey));
  return keys.size === new Set(b.map(grantKey)).size && b.every((grant) => keys.has(grantKey(grant)));
};

/** The person behind the turn's activity, looked up once per turn (the turn's routes all ask). */
export function createIdentify(people: PeopleRepository, config: Config, clock: Clock) {
  // Local mode: the Playground user gets the roles of LOCAL_ROLES so every flow can be tried.
  const localGrants: RoleGrant[] = config.localRoles.map((grant) => ({
    ...grant,
    ...(grant.role === 'jos-functionaris' || grant.role === 'ondersteuningscoordinator' ? { schoolId: config.localSchool } : {}),
  }));

  const lookUp = (context: TurnContext): Person => {
    const id = personKey(context.activity, config.mode);
    // The envelope check lets no message or click without one through; other activities are not identified.
    if (!id) throw new Error('activity without a person key');
    const person = people.ensure(id, context.activity.from.name?.trim() || undefined, NAMELESS, clock.now());
    if (config.mode !== 'local') return person;
    const rolesChange = !sameGrants(person.roles, localGrants);
    const schoolChanges = Boolean(config.localSchool && !person.schoolId);
    // Written only when different and for a chat user: a returning user's turn writes, and asks the source, nothing.
    if ((!rolesChange && !schoolChanges) || people.sourceOf(id) !== 'chat') return person;
    if (rolesChange) people.replaceRoles(id, localGrants);
    if (schoolChanges) people.setSchool(id, config.localSchool!);
    return rolesChange || schoolChanges ? people.get(id)! : person;
  };

  return (context: TurnContext): Person => {
    const known = context.turnState.get(PERSON) as Person | undefined;
    if (known) return known;
    const person = lookUp(context);
    context.turnState.set(PERSON, person);
    return person;
  };
}
