import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Teams light theme's Adaptive Card palette (its host config): text colours by name, container
 * backgrounds by style. Subtle default text is 75% of the default colour over the background.
 */
const TEXT_COLOURS: Record<string, string> = {
  Default: '#252424',
  Subtle: '#5b5a5a',
  Accent: '#6264a7',
  Good: '#92c353',
  Warning: '#f8d22a',
  Attention: '#c4314b',
};
const BACKGROUNDS: Record<string, string> = { default: '#ffffff', emphasis: '#f5f5f5' };

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((start) => channel(parseInt(hex.slice(start, start + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
/** WCAG 2 contrast ratio. */
export const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

const CARDS_DIR = join(__dirname, '../../bot/cards');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });

/** Every text colour a card builder can set (`color: 'X'`, or a colour name chosen by an expression) and every container style. */
function coloursIn(source: string): { text: string[]; backgrounds: string[] } {
  const text = [...source.matchAll(/\bcolor:\s*([^,}\n]+)/g)].flatMap((match) =>
    [...match[1]!.matchAll(/'(Default|Dark|Light|Accent|Good|Warning|Attention)'/g)].map((name) => name[1]!),
  );
  const backgrounds = [...source.matchAll(/\bstyle:\s*'(default|emphasis|good|attention|warning|accent)'/g)].map((match) => match[1]!);
  return { text: [...new Set(text)], backgrounds: [...new Set(backgrounds)] };
}

const everyBackground = (found: string[]): string[] => ['default', ...found];

describe('card colours against the Teams light theme (WCAG AA, 4.5:1)', () => {
  it('the palette check itself: yellow and light green on white fail, the default text passes', () => {
    expect(contrast(TEXT_COLOURS.Warning!, BACKGROUNDS.default!)).toBeLessThan(4.5);
    expect(contrast(TEXT_COLOURS.Good!, BACKGROUNDS.default!)).toBeLessThan(4.5);
    expect(contrast(TEXT_COLOURS.Default!, BACKGROUNDS.emphasis!)).toBeGreaterThan(4.5);
  });

  const files = sources(CARDS_DIR).map((path) => relative(CARDS_DIR, path));
  for (const file of files) {
    it(`${file}: every text colour reads on every container it can be in`, () => {
      const source = readFileSync(join(CARDS_DIR, file), 'utf8');
      const { text, backgrounds } = coloursIn(source);
      const unreadable = text.flatMap((colour) =>
        everyBackground(backgrounds)
          .filter((style) => style in BACKGROUNDS)
          .filter((style) => contrast(TEXT_COLOURS[colour] ?? TEXT_COLOURS.Default!, BACKGROUNDS[style]!) < 4.5)
          .map((style) => `${colour} on ${style}`),
      );
      expect(unreadable).toEqual([]);
      expect(backgrounds.filter((style) => !(style in BACKGROUNDS))).toEqual([]); // a coloured container: add its background
    });
  }
});
