import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The Teams message limit: the longest text one user can make every pattern run over. */
const TEAMS_LIMIT = 28 * 1024;
const BUDGET_MS = 50;
const OWN_CODE = [join(process.cwd(), 'src/'), join(process.cwd(), 'bot/')];
/**
 * Patterns that never see a whole message (matched on how their source begins): the longest input they can get,
 * and why. Each is timed at that length instead, and must be fast there; all others at the Teams message limit.
 */
const BOUNDED: Array<{ begins: string; maxLength: number; why: string }> = [
  { begins: String.raw`/[.!?:;\n•*-]\s*["'“‘(]*\s*$/`, maxLength: 6, why: 'privacy/names.ts: the six characters before a word' },
  { begins: String.raw`/[.\s]+$/`, maxLength: 2000, why: 'consent/engine.ts: lines of the reviewed consent knowledge' },
  { begins: String.raw`/^(.+?)\s+(\d{4}-\d{2}-\d{2})`, maxLength: 2000, why: 'spreekuur/holidayLines.ts: the holiday form field (≤ 2000)' },
];
const limitFor = (pattern: RegExp): number => BOUNDED.find((entry) => String(pattern).startsWith(entry.begins))?.maxLength ?? TEAMS_LIMIT;
const SMALL = 1024;
const MEDIUM = 4 * 1024;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every regular expression literal in the code that handles text (src/ and bot/), with where it is. */
function literalPatterns(): Array<{ where: string; pattern: RegExp }> {
  return ['src', 'bot'].flatMap(sourceFiles).flatMap((file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: Array<{ where: string; pattern: RegExp }> = [];
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ where: `${file}:${line}`, pattern: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
}

/** Patterns built at run time (`new RegExp(…)`, feature route patterns): recorded while the whole bot is loaded and started. */
async function constructedPatterns(): Promise<Array<{ where: string; pattern: RegExp }>> {
  const seen = new Map<string, RegExp>();
  const NativeRegExp = globalThis.RegExp;
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const made = Reflect.construct(target, args) as RegExp;
      // Only patterns our own code builds (libraries' patterns run on the envelope, which the fuzz test covers).
      const caller = new Error().stack?.split('\n')[2] ?? '';
      if (OWN_CODE.some((dir) => caller.includes(dir))) seen.set(`/${made.source}/${made.flags}`, made);
      return made;
    },
  });
  try {
    const { startTestBot } = await import('../helpers/bot');
    const bot = await startTestBot();
    // One message through every feature, so patterns built on first use are made too.
    const user = bot.user('mentor-patterns');
    for (const text of ['help', 'spreekuur', 'mag ik de ouders van een leerling van 14 bellen?', 'bijeenkomsten', 'ik wil een casus anoniem bespreken']) {
      await user.say(text);
    }
    await bot.stop();
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
  return [...seen.entries()].map(([where, pattern]) => ({ where: `new RegExp ${where.slice(0, 80)}`, pattern }));
}

/** Inputs that make backtracking engines work hard: long runs of what the pattern repeats, with a failing end. */
function adversarialInputs(pattern: RegExp, size: number): string[] {
  const fill = (unit: string, end = '\u0000'): string => {
    const body = unit || ' ';
    return body.repeat(Math.ceil(size / body.length)).slice(0, size - end.length) + end;
  };
  const words = [...new Set(pattern.source.match(/\p{L}{2,}/gu) ?? [])].slice(0, 40);
  const generic = [' ', 'a', '1', '-', '\n', 'é', 'Aa ', '1 ', 'a.', 'a@', 'Aa-', ' \n', '14:00 ', '2026-'];
  return [
    ...generic.map((unit) => fill(unit, 'x!\u0000')),
    fill(`${words.join(' ')} `),
    fill(`${words.join(' ')}\n`, '\nx'),
    fill(words.join('')),
    ...words.slice(0, 2).map((word) => fill(`${word} `, ' x\n')),
    ...words.slice(0, 2).map((word) => fill(`${word[0]!.toUpperCase()}${word.slice(1)} `, '1\n')),
  ];
}

function timeOn(pattern: RegExp, text: string): number {
  const started = performance.now();
  if (pattern.global || pattern.sticky) {
    pattern.lastIndex = 0;
    for (const _match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
      // walk every match, as replace() and matchAll() in the code do
    }
  } else {
    pattern.test(text);
  }
  return performance.now() - started;
}

describe('every text-matching pattern is fast on adversarial 28 KB input (finding 1)', () => {
  it(`runs each pattern under ${BUDGET_MS} ms on every adversarial input`, async () => {
    const patterns = [...literalPatterns(), ...(await constructedPatterns())];
    expect(patterns.length).toBeGreaterThan(50);
    const slow: string[] = [];
    let timings = 0;
    for (const { where, pattern } of patterns) {
      const limit = limitFor(pattern);
      const small = adversarialInputs(pattern, Math.min(SMALL, limit));
      const medium = adversarialInputs(pattern, Math.min(MEDIUM, limit));
      small.forEach((text, index) => {
        timings += 1;
        const tSmall = timeOn(pattern, text);
        // Even a linear pattern this slow on 1 KB is over the budget at 28 KB; a cubic one must not run on more.
        if (limit > SMALL && tSmall > BUDGET_MS) {
          slow.push(`${where} ${String(pattern).slice(0, 100)}: ${Math.round(tSmall)} ms already on 1 KB of ${JSON.stringify(text.slice(0, 12))}…`);
          return;
        }
        const tMedium = timeOn(pattern, medium[index]!);
        // Linear growth from 4 KB stays under the budget at 28 KB when 4 KB takes under a seventh of it; anything
        // growing faster is timed at its full length, twice, so a GC pause is not blamed on it.
        if (limit <= MEDIUM ? tMedium < BUDGET_MS : tMedium < BUDGET_MS / 7 && tMedium <= Math.max(tSmall, 0.05) * 6) return;
        if (tMedium > BUDGET_MS) {
          slow.push(`${where} ${String(pattern).slice(0, 100)}: ${Math.round(tMedium)} ms already on 4 KB of ${JSON.stringify(text.slice(0, 12))}…`);
          return;
        }
        const full = adversarialInputs(pattern, limit)[index]!;
        let ms = timeOn(pattern, full);
        if (ms > BUDGET_MS) ms = Math.min(ms, timeOn(pattern, full));
        if (ms > BUDGET_MS) slow.push(`${where} ${String(pattern).slice(0, 100)}: ${Math.round(ms)} ms on ${limit} B of ${JSON.stringify(full.slice(0, 12))}…`);
      });
    }
    expect(timings).toBeGreaterThan(patterns.length * 15);
    expect(slow).toEqual([]);
  }, 120_000);
});
