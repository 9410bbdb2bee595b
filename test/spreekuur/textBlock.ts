/** The first TextBlock of a card that shows `text`, to see how the card marks it (colour, weight). */
export function textBlockWith(card: unknown, text: string): { text?: string; color?: string; weight?: string } | undefined {
  if (Array.isArray(card)) {
    for (const child of card) {
      const found = textBlockWith(child, text);
      if (found) return found;
    }
    return undefined;
  }
  if (!card || typeof card !== 'object') return undefined;
  const element = card as { type?: string; text?: string; color?: string; weight?: string };
  if (element.type === 'TextBlock' && element.text?.includes(text)) return element;
  return textBlockWith(Object.values(card), text);
}
