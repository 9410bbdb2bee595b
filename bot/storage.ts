import type { Storage, StoreItems } from 'botbuilder';
import type { Clock } from '../src/clock';
import type { Db } from '../src/store/db';
import { RowCache } from '../src/store/rowCache';

/**
 * teams-ai turn state in SQLite, last writer wins. Turn state stays tiny (a few facts of an ongoing flow);
 * real records live in their own tables, so eTag conflicts on quick messages are not worth failing a turn for.
 */
export class SqliteStorage implements Storage {
  /** The stored JSON by key: every turn reads its conversation's state (src/store/rowCache.ts). */
  private readonly cached: RowCache<string | undefined>;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.cached = RowCache.of(db, 'turn_state', [{ table: 'bot_state', keyColumn: 'key' }]);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const json = this.cached.get(key, () => (this.db.prepare('SELECT value_json FROM bot_state WHERE key = ?').get(key) as { value_json: string } | undefined)?.value_json);
      // Parsed per read: teams-ai changes the object during the turn.
      if (json !== undefined) items[key] = JSON.parse(json);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO bot_state (key, value_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    );
    const now = this.clock.now().toISOString();
    const written = Object.entries(changes).map(([key, value]): [string, string] => {
      const { eTag: _eTag, ...rest } = (value ?? {}) as Record<string, unknown>;
      return [key, JSON.stringify(rest)];
    });
    this.db.transaction(() => {
      for (const [key, json] of written) upsert.run(key, json, now);
    })();
    for (const [key, json] of written) this.cached.wrote(key, json);
  }

  async delete(keys: string[]): Promise<void> {
    const remove = this.db.prepare('DELETE FROM bot_state WHERE key = ?');
    this.db.transaction(() => keys.forEach((key) => remove.run(key)))();
  }

  /** Deletes what conversations remembered when their last message is from at or before `cutoff`. */
  forgetIdleBefore(cutoff: Date): number {
    return this.db.prepare('DELETE FROM bot_state WHERE updated_at <= ?').run(cutoff.toISOString()).changes;
  }
}
