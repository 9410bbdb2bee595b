import { describe, expect, it } from 'vitest';
import { dayCard } from '../../bot/cards/spreekuur';
import type { Slot } from '../../src/spreekuur/model';
import { cardActions, cardText } from '../helpers/cards';

const slot = (minute: number, seriesId = 1): Slot => ({
  seriesId,
  schoolId: 'vonk',
  hostId: 'coach',
  day: '2026-03-23',
  startsAt: new Date(Date.UTC(2026, 2, 23, 13, minute)),
  endsAt: new Date(Date.UTC(2026, 2, 23, 13, minute + 5)),
  place: 'Kamer 12',
});

describe('the times of one day', () => {
  it('puts a busy day in rows of at most five buttons, every one an Action.Execute with a spreekuur verb', () => {
    const slots = [0, 5, 10, 15, 20, 25, 30, 35].map((minute) => slot(minute));
    const card = dayCard('Vonk', '2026-03-23', slots, () => 'Coach Demo');
    const sets = card.body.filter((element) => element.type === 'ActionSet') as Array<{ actions: unknown[] }>;
    expect(sets.map((set) => set.actions.length)).toEqual([5, 3]);
    expect(card.version).toBe('1.5');
    for (const action of cardActions(card as never)) {
      expect(action.type).toBe('Action.Execute');
      expect(action.verb).toMatch(/^spreekuur\./);
    }
    expect(cardActions(card as never)[0]!.title).toBe('14:00');
    const text = cardText(card as never);
    expect(text.split('Coach Demo').length - 1).toBe(1); // the name once, not on every button
    // Where, and with whom, stands once above the buttons of that host, so the buttons stay short enough to read whole.
    expect(cardText(card as never)).toContain('Coach Demo · Kamer 12');
  });
});
