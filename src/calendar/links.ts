import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db';
import type { IcsMethod } from './ics';

/** What a calendar link serves right now: a cancelled booking serves METHOD:CANCEL on the same link. */
export interface IcsDocument {
  method: IcsMethod;
  body: string;
}

/** Renders the current state of one referenced thing (a booking, a meeting); undefined when it is gone. */
export type IcsRenderer = (refId: string, now: Date) => IcsDocument | undefined;

/** When the referenced thing ends (its link expires some days later); undefined when it is gone. */
export type EventEnd = (refId: string) => Date | undefined;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/**
 * Unguessable links to .ics files: the token is the only secret, so it carries 192 random bits and
 * maps to a kind and a reference; each feature registers the renderer of its own kind.
 */
export class CalendarLinks {
  private readonly renderers = new Map<string, { render: IcsRenderer; endOf: EventEnd }>();

  constructor(private readonly db: Db) {}

  register(kind: string, render: IcsRenderer, endOf: EventEnd): void {
    this.renderers.set(kind, { render, endOf });
  }

  /** The token for a thing; asking twice gives the same token, so a link shown earlier keeps working. */
  tokenFor(kind: string, refId: string, now: Date): string {
    this.db
      .prepare('INSERT OR IGNORE INTO calendar_links (token, kind, ref_id, created_at) VALUES (?, ?, ?, ?)')
      .run(randomBytes(24).toString('base64url'), kind, refId, now.toISOString());
    const row = this.db.prepare('SELECT token FROM calendar_links WHERE kind = ? AND ref_id = ?').get(kind, refId) as {
      token: string;
    };
    return row.token;
  }

  /** `/ics/<token>.ics` under the bot's public address. */
  urlFor(publicBaseUrl: string, kind: string, refId: string, now: Date): string {
    return `${publicBaseUrl.replace(/\/$/, '')}/ics/${this.tokenFor(kind, refId, now)}.ics`;
  }

  render(token: string, now: Date): IcsDocument | undefined {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const row = this.db.prepare('SELECT kind, ref_id FROM calendar_links WHERE token = ?').get(token) as
      | { kind: string; ref_id: string }
      | undefined;
    if (!row) return undefined;
    return this.renderers.get(row.kind)?.render(row.ref_id, now);
  }

  /**
   * Deletes the tokens of things that ended at or before `cutoff`, or are gone, so an old link stops working. A kind
   * no feature registered (yet) is left alone: its end is unknown.
   */
  forgetEndedBefore(cutoff: Date): number {
    const rows = this.db.prepare('SELECT token, kind, ref_id FROM calendar_links').all() as Array<{ token: string; kind: string; ref_id: string }>;
    const remove = this.db.prepare('DELETE FROM calendar_links WHERE token = ?');
    let removed = 0;
    for (const row of rows) {
      const kind = this.renderers.get(row.kind);
      if (!kind) continue;
      const end = kind.endOf(row.ref_id);
      if (!end || end <= cutoff) removed += remove.run(row.token).changes;
    }
    return removed;
  }
}
