import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules of docs/architecture.md live in eslint.config.js; these checks keep them from going missing. */
const eslint = new ESLint();
const problems = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId?.startsWith('no-restricted')).map((message) => message.message);
};

describe('layer boundaries (eslint.config.js)', () => {
  it('src/ imports nothing from bot/ and no Teams library', async () => {
    expect(await problems('src/spreekuur/example.ts', "import { cardMessage } from '../../bot/cards/kit';\nexport const x = cardMessage;\n")).toHaveLength(1);
    expect(await problems('src/spreekuur/example.ts', "import { TurnContext } from 'botbuilder';\nexport type X = TurnContext;\n")).toHaveLength(1);
    expect(await problems('src/spreekuur/example.ts', "import type { Application } from '@microsoft/teams-ai';\nexport type X = Application;\n")).toHaveLength(1);
    expect(await problems('src/spreekuur/example.ts', "import { DateTime } from 'luxon';\nexport const x = DateTime;\n")).toEqual([]);
  });

  it('a handler runs no SQL and touches no database', async () => {
    expect(await problems('bot/handlers/example/feature.ts', "export const f = (deps: { db: { prepare(sql: string): unknown } }) => deps.db.prepare('SELECT 1');\n")).not.toEqual([]);
    expect(await problems('bot/handlers/example/feature.ts', 'export const f = ({ db }: { db: unknown }) => db;\n')).not.toEqual([]);
    expect(await problems('bot/handlers/example/feature.ts', 'export const f = (deps: { spreekuur: { booking(id: number): unknown } }) => deps.spreekuur.booking(1);\n')).toEqual([]);
  });
});
