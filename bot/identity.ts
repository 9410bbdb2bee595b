import type { Activity, TurnContext } from 'botbuilder';
import type { Clock } from '../src/clock';
import type { Config } from '../src/config';
import type { PeopleRepository } from '../src/people/repository';
import type { Person } from '../src/people/roles';

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

export function createIdentify(people: PeopleRepository, config: Config, clock: Clock) {
  return (context: TurnContext): Person => {
    const id = personKey(context.activity, config.mode);
    // The envelope check lets no message or click without one through; other activities are not identified.
    if (!id) throw new Error('activity without a person key');
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
