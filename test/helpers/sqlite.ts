import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Another process that opens the database, runs `select` inside a transaction (so its snapshot pins the write-ahead
 * log) and holds that for `holdMs`. Resolves once it holds; `done` resolves when it has let go.
 */
export async function readerHolding(file: string, holdMs: number, select = 'SELECT question FROM consultations'): Promise<{ done: Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN');
    db.prepare(${JSON.stringify(select)}).all();
    console.log('holding');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${holdMs});`;
  const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`reader exited ${code}`)))));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && resolve());
    child.on('error', reject);
  });
  return { done };
}

export const fileContains = (file: string, text: string): boolean => existsSync(file) && readFileSync(file).includes(Buffer.from(text, 'utf8'));

/** Whether the database file or its write-ahead log still holds `text`. */
export const databaseHolds = (file: string, text: string): boolean => fileContains(file, text) || fileContains(`${file}-wal`, text);
