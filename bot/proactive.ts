import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Clock } from '../src/clock';
import type { Logger } from '../src/logger';
import type { Db } from '../src/store/db';
import { RowCache } from '../src/store/rowCache';

const tenantOf = (reference: Partial<ConversationReference>): string | undefined =>
  (reference.conversation as { tenantId?: string } | undefined)?.tenantId?.toLowerCase();

/**
 * Messages the bot sends later, outside a user's turn (a host told of a booking, a reminder, a routed consultation).
 * Conversation references are stored per person from every personal-chat activity, so they survive a restart.
 * Only job handlers send: a send that fails throws, and the job runner tries it again later.
 */
export class Proactive {
  /** The stored reference JSON by person: every personal-chat turn compares its own with it (src/store/rowCache.ts). */
  private readonly cached: RowCache<string | undefined>;

  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly db: Db,
    private readonly botAppId: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.cached = RowCache.of(db, 'conversation_ref', [{ table: 'conversation_refs', keyColumn: 'person_id' }]);
  }

  remember(personId: string, activity: Activity): void {
    const conversationType = activity.conversation?.conversationType;
    if (conversationType && conversationType !== 'personal') return;
    // The activity id is left out: a later message starts its own continuation and never uses it, and without it
    // the reference of a returning user is the same as stored, so their turns write nothing.
    const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
    const json = JSON.stringify(reference);
    const storedJson = this.storedJson(personId);
    if (storedJson === json) return;
    const stored = storedJson === undefined ? undefined : (JSON.parse(storedJson) as Partial<ConversationReference>);
    if (stored && (stored.channelId !== reference.channelId || tenantOf(stored) !== tenantOf(reference))) {
      // The same person id from another channel or tenant is not the same chat: keep where their notices go.
      this.logger.warn({ event: 'proactive.reference-kept', personId }, 'activity from another channel or tenant');
      return;
    }
    this.db
      .prepare(
        `INSERT INTO conversation_refs (person_id, reference_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(person_id) DO UPDATE SET reference_json = excluded.reference_json, updated_at = excluded.updated_at`,
      )
      .run(personId, json, this.clock.now().toISOString());
    this.cached.wrote(personId, json);
  }

  canReach(personId: string): boolean {
    return this.reference(personId) !== undefined;
  }

  /** Sends to the person's personal chat; the activity id, or undefined when the bot cannot reach them (yet). */
  async sendToPerson(personId: string, activity: Partial<Activity> | string): Promise<string | undefined> {
    const reference = this.reference(personId);
    if (!reference) {
      this.logger.info({ event: 'proactive.unreachable', personId }, 'no conversation reference');
      return undefined;
    }
    let activityId: string | undefined;
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
      const response = await context.sendActivity(activity);
      activityId = response?.id;
    });
    this.logger.info({ event: 'proactive.sent', personId }, 'proactive message sent');
    return activityId;
  }

  /** Replaces an earlier proactive message (a card that changed for everyone, e.g. "opgepakt door …"). */
  async updateForPerson(personId: string, activityId: string, activity: Partial<Activity>): Promise<boolean> {
    const reference = this.reference(personId);
    if (!reference) return false;
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
      await context.updateActivity({ ...activity, id: activityId, conversation: reference.conversation });
    });
    return true;
  }

  private reference(personId: string): Partial<ConversationReference> | undefined {
    const json = this.storedJson(personId);
    return json ? (JSON.parse(json) as Partial<ConversationReference>) : undefined;
  }

  private storedJson(personId: string): string | undefined {
    return this.cached.get(
      personId,
      () => (this.db.prepare('SELECT reference_json FROM conversation_refs WHERE person_id = ?').get(personId) as { reference_json: string } | undefined)?.reference_json,
    );
  }
}
