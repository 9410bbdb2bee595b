import type { Storage, StoreItems } from 'botbuilder';
import type { Clock } from '../src/clock';
import type { Db } from '../src/store/db';

/**
 * teams-ai turn state in SQLite, last writer wins. Turn state stays tiny (a few facts of an ongoing flow);
 * real records live in their own tables, so eTag conflicts on quick messages are not worth failing a turn for.
 */
export class SqliteStorage implements Storage {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    const select = this.db.prepare('SELECT value_json FROM bot_state WHERE key = ?');
    for (const key of keys) {
      const row = select.get(key) as { value_json: string } | undefined;
      if (row) items[key] = JSON.parse(row.value_json);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO bot_state (key, value_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    );
    const now = this.clock.now().toISOString();
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(changes)) {
        const { eTag: _eTag, ...rest } = (value ?? {}) as Record<string, unknown>;
        upsert.run(key, JSON.stringify(rest), now);
      }
    })();
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
