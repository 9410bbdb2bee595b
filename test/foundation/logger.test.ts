import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';

function logged(object: Record<string, unknown>): Record<string, unknown> {
  const lines: string[] = [];
  createLogger('info', { write: (line: string) => void lines.push(line) }).info(object);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

describe('the logger', () => {
  it('drops text, names, e-mail addresses, questions and whole activities a caller passes by mistake', () => {
    const object = {
      event: 'test.event',
      personId: 'p-1',
      count: 2,
      text: 'Mag ik met de huisarts van Jorinde praten?',
      name: 'Jorinde Vlasbloem',
      email: 'jorinde@example.nl',
      question: 'Hoe help ik Jorinde?',
      activity: { type: 'message', id: 'a-1' },
      person: { id: 'p-2', name: 'Jorinde Vlasbloem', email: 'jorinde@example.nl' },
      booking: { id: 7, text: 'Gesprek over Jorinde', question: 'Jorinde?' },
      codes: ['a', 'b'],
    };
    const line = logged(object);
    expect(JSON.stringify(line)).not.toMatch(/Jorinde|a-1/);
    expect(line).toMatchObject({ event: 'test.event', personId: 'p-1', count: 2, person: { id: 'p-2' }, booking: { id: 7 }, codes: ['a', 'b'] });
    // The caller's object is not changed.
    expect(object.person.name).toBe('Jorinde Vlasbloem');
    expect(object.text).toContain('Jorinde');
  });

  it('writes a correct line as it was given', () => {
    expect(logged({ event: 'route.command', command: 'consent.question', nested: { id: 3 } })).toMatchObject({
      event: 'route.command',
      command: 'consent.question',
      nested: { id: 3 },
    });
  });
});
