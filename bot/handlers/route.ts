import type { DefaultConversationState, DefaultTempState, DefaultUserState } from '@microsoft/teams-ai';
import { TurnState, TurnStateEntry } from '@microsoft/teams-ai/lib/TurnState.js'; // not the index: see bot/app.ts
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod/v4';
import type { Person } from '../../src/people/roles';
import { cardMessage, type AdaptiveCardJson } from '../cards/kit';
import type { BotApp, BotDeps } from '../deps';
import type { ConsentMemory, ConsentTurnResults } from './consent/state';

/** What the conversation keeps between turns (in SqliteStorage). */
export interface ConversationMemory extends DefaultConversationState {
  consent?: ConsentMemory;
}

/** Results computed once per turn and shared by the routes that need them; never stored. */
export interface TurnResults extends DefaultTempState, ConsentTurnResults {}

export type AppTurnState = TurnState<ConversationMemory, DefaultUserState, TurnResults>;

/**
 * Turn state with only the conversation scope in storage: no feature keeps anything per user across conversations,
 * so reading (and comparing) a user row on every turn bought nothing. teams-ai still looks at `state.user` on every
 * turn (its sign-in flag), so the user scope exists, empty and never stored: a feature that needs per-user state
 * brings the stored scope back here.
 */
export class ConversationTurnState extends TurnState<ConversationMemory, DefaultUserState, TurnResults> {
  private readonly unstoredUser = new TurnStateEntry({});

  protected override async onComputeStorageKeys(context: TurnContext): Promise<Record<string, string>> {
    const { conversation } = await super.onComputeStorageKeys(context);
    return { conversation: conversation! };
  }

  override getScope(scope: string): TurnStateEntry | undefined {
    return scope === 'user' && this.isLoaded ? this.unstoredUser : super.getScope(scope);
  }
}

const STATE_KEY = Symbol('jos.turnState');

/** Route selectors get only the context; the turn's state is put beside it at the start of every turn. */
export function attachState(context: TurnContext, state: AppTurnState): void {
  context.turnState.set(STATE_KEY, state);
}

export function stateOf(context: TurnContext): AppTurnState {
  const state = context.turnState.get(STATE_KEY) as AppTurnState | undefined;
  if (!state) throw new Error('turn state not attached (bot/app.ts beforeTurn)');
  return state;
}

/** Teams leaves conversationType out of a personal chat in some clients; only group chats and channels name theirs. */
export const isPersonalChat = (context: TurnContext): boolean => (context.activity.conversation?.conversationType ?? 'personal') === 'personal';

/** One turn as a route sees it: who acts, and where. */
export interface Turn {
  person: Person;
  context: TurnContext;
  state: AppTurnState;
}

type Awaitable<T> = T | Promise<T>;

export interface Guard {
  /** Private matters (bookings, consultations) stay in the personal chat; elsewhere this card points there. */
  personalChatOnly?: () => AdaptiveCardJson;
  /** A role or permission (src/people/access.ts); anyone else gets `refused`. */
  allow?: (person: Person) => boolean;
  refused?: (turn: Turn) => Awaitable<AdaptiveCardJson>;
}

/**
 * A text command's answer: a card, with the summary notifications show (the route's own summary when left out), or
 * one plain sentence (an answer that needs no card, such as "nothing found").
 */
export type CommandReply = AdaptiveCardJson | { card: AdaptiveCardJson; summary: string } | { text: string };

export interface VerbOptions {
  guard?: Guard;
  /** The answer to a payload its schema refuses (an old or tampered card); the feature's default otherwise. */
  invalid?: (turn: Turn, data: unknown) => Awaitable<AdaptiveCardJson>;
}

export interface CommandOptions {
  guard?: Guard;
  summary: string;
}

export type TextSelector = RegExp | ((context: TurnContext, state: AppTurnState) => boolean);

/** How one feature registers its buttons and commands; every route goes through the same guard, logging and parsing. */
export interface FeatureRoutes {
  /** A card button (Action.Execute): guard, identify the person, log the verb, parse the payload, answer with a card. */
  verb<Schema extends z.ZodType>(
    verb: string,
    schema: Schema,
    handler: (turn: Turn, data: z.output<Schema>, raw: unknown) => Awaitable<AdaptiveCardJson>,
    options?: VerbOptions,
  ): void;
  /** A text command answered with one card; `name` is logged, never the text. */
  command(name: string, selector: TextSelector, handler: (turn: Turn) => Awaitable<CommandReply>, options: CommandOptions): void;
}

export interface FeatureRouteDefaults {
  /** Applies to every route of the feature unless the route brings its own. */
  guard?: Guard;
  /** A clear Dutch card for a payload that does not parse. */
  invalid: () => AdaptiveCardJson;
}

/** What the features registered: every card verb and every text command by name, in registration order. */
export interface RouteCatalog {
  verbs: string[];
  commands: string[];
}

export function featureRoutes(app: BotApp, deps: BotDeps, defaults: FeatureRouteDefaults): FeatureRoutes {
  const catalog = deps.routes;
  /** A second route of the same name would never be reached (the first registered answers), so it is a mistake. */
  const record = (names: string[], name: string): void => {
    if (names.includes(name)) throw new Error(`route ${name} registered twice`);
    names.push(name);
  };
  /** The guard's refusal, or the identified person's turn when the guard lets them through. */
  const enter = async (context: TurnContext, state: AppTurnState, guard: Guard | undefined): Promise<{ turn: Turn } | { refusal: AdaptiveCardJson }> => {
    if (guard?.personalChatOnly && !isPersonalChat(context)) return { refusal: guard.personalChatOnly() };
    const turn: Turn = { person: deps.identify(context), context, state };
    if (guard?.allow && !guard.allow(turn.person)) {
      return { refusal: guard.refused ? await guard.refused(turn) : defaults.invalid() };
    }
    return { turn };
  };

  return {
    verb(verb, schema, handler, options = {}) {
      record(catalog.verbs, verb);
      app.adaptiveCards.actionExecute(verb, async (context, state, data) => {
        deps.logger.debug({ event: 'route.verb', verb });
        const entered = await enter(context, state as AppTurnState, options.guard ?? defaults.guard);
        if ('refusal' in entered) return entered.refusal;
        const parsed = schema.safeParse(data);
        if (parsed.success) return handler(entered.turn, parsed.data, data);
        deps.logger.info({ event: 'route.invalid-payload', verb, issues: parsed.error.issues.length });
        return options.invalid ? options.invalid(entered.turn, data) : defaults.invalid();
      });
    },
    command(name, selector, handler, options) {
      record(catalog.commands, name);
      const matches =
        selector instanceof RegExp
          ? selector
          : async (context: TurnContext) => context.activity.type === 'message' && selector(context, stateOf(context));
      app.message(matches, async (context, state) => {
        deps.logger.debug({ event: 'route.command', command: name });
        const entered = await enter(context, state as AppTurnState, options.guard ?? defaults.guard);
        const reply = 'refusal' in entered ? entered.refusal : await handler(entered.turn);
        if ('text' in reply) {
          await context.sendActivity(reply.text);
          return;
        }
        const { card, summary } = 'card' in reply ? reply : { card: reply, summary: options.summary };
        await context.sendActivity(cardMessage(card, summary));
      });
    },
  };
}
