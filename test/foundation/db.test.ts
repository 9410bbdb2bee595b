import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db';

describe('prepared statements', () => {
  it('compiles each SQL text once and keeps answering correctly as data and schema change', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'jos-db-')), 'jos.sqlite'));
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = 'INSERT INTO notes (body) VALUES (?)';
    const count = 'SELECT COUNT(*) AS n FROM notes';
    expect(db.prepare(insert)).toBe(db.prepare(insert));
    db.prepare(insert).run('een');
    db.prepare(insert).run('twee');
    expect(db.prepare(count).get()).toEqual({ n: 2 });
    db.exec('ALTER TABLE notes ADD COLUMN author TEXT');
    db.prepare('UPDATE notes SET author = ?').run('mentor');
    expect(db.prepare('SELECT * FROM notes ORDER BY id').all()).toEqual([
      { id: 1, body: 'een', author: 'mentor' },
      { id: 2, body: 'twee', author: 'mentor' },
    ]);
    db.close();
  });
});
