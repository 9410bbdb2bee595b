import { describe, expect, it } from 'vitest';
import { parseHolidayLines } from '../../src/spreekuur/holidayLines';

describe('the holiday form lines', () => {
  it('reads names with spaces, "t/m", blank lines', () => {
    expect(parseHolidayLines('herfstvakantie 2026-10-17 2026-10-25\n\nextra vrije dag 2027-01-04 t/m 2027-01-04\n', '2026-2027')).toEqual({
      ok: true,
      periods: [
        { name: 'herfstvakantie', from: '2026-10-17', to: '2026-10-25' },
        { name: 'extra vrije dag', from: '2027-01-04', to: '2027-01-04' },
      ],
    });
    expect(parseHolidayLines('zomervakantie 2027-07-17 2027-08-29', '2026-2027')).toEqual({
      ok: true,
      periods: [{ name: 'zomervakantie', from: '2027-07-17', to: '2027-08-29' }],
    });
  });

  // One row per wrong line: [text, the line the form points at].
  const wrong: [string, number][] = [
    ['herfst 17-10-2026 25-10-2026', 1],
    ['herfst 2026-10-25 2026-10-17', 1],
    ['kerst 2026-12-19 2027-01-03\nvoorjaar 2027-02-30 2027-03-01', 2],
    ['zomer 2027-08-17 2027-08-29', 1],
    ['zomer 2026-07-04 2026-07-31', 1],
    ['2026-10-17 2026-10-25', 1],
  ];
  for (const [text, line] of wrong) {
    it(`points at line ${line} of ${JSON.stringify(text)}`, () => {
      expect(parseHolidayLines(text, '2026-2027')).toEqual({ ok: false, line });
    });
  }
});
