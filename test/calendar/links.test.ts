import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CalendarLinks } from '../../src/calendar/links';
import { openDatabase } from '../../src/store/db';

const now = new Date('2026-11-23T10:00:00Z');

describe('calendar link tokens', () => {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'links-')), 'bot.sqlite'));
  const links = new CalendarLinks(db);
  links.register('test-kind', (refId) => (refId === 'gone' ? undefined : { method: 'PUBLISH', body: `ref ${refId}` }), () => undefined);

  it('gives each thing one stable, unguessable token', () => {
    const first = links.tokenFor('test-kind', '7', now);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(links.tokenFor('test-kind', '7', now)).toBe(first);
    expect(links.tokenFor('test-kind', '8', now)).not.toBe(first);
    expect(links.tokenFor('other-kind', '7', now)).not.toBe(first);
    expect(links.urlFor('https://bot.example/', 'test-kind', '7', now)).toBe(`https://bot.example/ics/${first}.ics`);
  });

  it('renders through the renderer of its kind, and nothing for unknown, malformed or vanished links', () => {
    expect(links.render(links.tokenFor('test-kind', '7', now), now)).toEqual({ method: 'PUBLISH', body: 'ref 7' });
    expect(links.render('A'.repeat(32), now)).toBeUndefined();
    expect(links.render("' OR 1=1 --", now)).toBeUndefined();
    expect(links.render(links.tokenFor('test-kind', 'gone', now), now)).toBeUndefined();
    expect(links.render(links.tokenFor('kind-without-renderer', '1', now), now)).toBeUndefined();
  });
});
