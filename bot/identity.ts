import type { TurnContext } from 'botbuilder';
import type { Clock } from '../src/clock';
import type { Config } from '../src/config';
import type { PeopleRepository } from '../src/people/repository';
import type { Person } from '../src/people/roles';

/** Shown for someone Teams sent no name for (yet): a neutral word, not "unknown user". */
export const NAMELESS = 'Collega';

/** Users are keyed on their Azure AD object id; locally (Playground, tests) the channel user id stands in. */
export function userKey(context: TurnContext): string {
  const from = context.activity.from;
  return from.aadObjectId ?? from.id;
}

export function createIdentify(people: PeopleRepository, config: Config, clock: Clock) {
  return (context: TurnContext): Person => {
    const id = userKey(context);
    const person = people.ensure(id, context.activity.from.name?.trim() || undefined, NAMELESS, clock.now());
    if (config.mode !== 'local') return person;
    if (people.sourceOf(id) !== 'chat') return person;
    // Local mode: the Playground user gets the roles of LOCAL_ROLES so every flow can be tried.
    people.replaceRoles(
      id,
      config.localRoles.map((grant) => ({
        ...grant,
        ...(grant.role === 'jos-functionaris' || grant.role === 'ondersteuningscoordinator' ? { schoolId: config.localSchool } : {}),
      })),
    );
    if (config.localSchool && !person.schoolId) people.setSchool(id, config.localSchool);
    return people.get(id)!;
  };
}
