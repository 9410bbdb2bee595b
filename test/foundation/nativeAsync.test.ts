import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { nativeAsync } from '../../scripts/nativeAsync';

/** What tsc makes of TypeScript for ES2015, as the Bot Framework SDK is published: async functions become `__awaiter(…, function* () {…})`. */
const es2015 = (source: string): string =>
  ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2015, module: ts.ModuleKind.CommonJS } }).outputText;

/** Runs CommonJS text and returns the result of its exported `run()`. */
async function run(code: string): Promise<unknown> {
  const module = { exports: {} as { run?: () => Promise<unknown> } };
  vm.runInThisContext(`(function (exports, module) {${code}\n})`)(module.exports, module);
  return module.exports.run!();
}

/** An awaiter call left in the code (the helper's own definition, `function (thisArg, …)`, is no call). */
const AWAITER_CALL = /__awaiter\((?:this|void 0),/;

const SAMPLE = `
class Thenable { constructor(value) { this.value = value; } then(resolve) { resolve(this.value); } }
const tick = (value) => new Promise((resolve) => setTimeout(() => resolve(value), 1));
class Base { async greet(name) { return 'hallo ' + name; } }
class Turn extends Base {
  constructor() { super(); this.log = []; }
  async greet(name) { const base = await super.greet(name); return base + '!'; }
  async all() { const seen = []; for (const value of arguments) seen.push(await tick(value)); return seen.join('+'); }
  async steps(fail) {
    try {
      this.log.push('start');
      const sum = await tick(1) + await tick(2);
      this.log.push(await new Thenable('thenable'));
      if (fail) throw new Error('stuk na ' + sum);
      return sum * (await tick(false) ? 0 : 10);
    } catch (error) {
      this.log.push(error.message);
      return -1;
    } finally {
      this.log.push('finally');
    }
  }
  async nested() {
    const inner = async (value) => (await tick(value)) + this.log.length;
    function* counter() { yield 1; yield 2; }
    return [await inner(40), [...counter()].join(','), await Promise.all([1, 2].map(async (value) => await tick(value * 3)))];
  }
}
const loose = async (value) => { await null; return typeof value; };
exports.run = async () => {
  const turn = new Turn();
  return {
    greet: await turn.greet('Sam'),
    all: await turn.all('a', 'b', 'c'),
    ok: await turn.steps(false),
    failed: await turn.steps(true),
    log: turn.log,
    nested: await turn.nested(),
    loose: await loose(3),
    rejected: await (async () => { await tick(0); throw new TypeError('weg'); })().catch((error) => error.constructor.name + ': ' + error.message),
  };
};`;

describe('nativeAsync (scripts/build.ts, issue 15)', () => {
  it('turns tsc ES2015 async functions into native ones that give the same results', async () => {
    const compiled = es2015(SAMPLE);
    expect(compiled).toMatch(AWAITER_CALL);
    const native = nativeAsync(compiled);
    expect(native).not.toMatch(AWAITER_CALL);
    // The real generator keeps its yields.
    expect(native).toContain('function* counter() { yield 1; yield 2; }');
    const expected = {
      greet: 'hallo Sam!',
      all: 'a+b+c',
      ok: 30,
      failed: -1,
      log: ['start', 'thenable', 'finally', 'start', 'thenable', 'stuk na 3', 'finally'],
      nested: [47, '1,2', [3, 6]],
      loose: 'number',
      rejected: 'TypeError: weg',
    };
    expect(await run(compiled)).toEqual(expected);
    expect(await run(native)).toEqual(expected);
  });

  it('keeps an awaiter whose generator uses `this` when none was passed, and code without awaiters as it is', () => {
    const unusual = '__awaiter(void 0, void 0, void 0, function* () { return this; });';
    expect(nativeAsync(unusual)).toBe(unusual);
    const plain = 'const value = 1;\nfunction* counter() { yield value; }\n';
    expect(nativeAsync(plain)).toBe(plain);
  });

  it('leaves no awaiter in the SDK packages the build bundles, and every file still compiles', () => {
    const require = createRequire(import.meta.url);
    let converted = 0;
    for (const name of ['botbuilder', 'botbuilder-core', 'botframework-connector', 'botframework-schema', 'botbuilder-stdlib']) {
      const lib = join(dirname(require.resolve(`${name}/package.json`)), 'lib');
      const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js') && file !== 'browser.js');
      for (const file of files) {
        const source = readFileSync(join(lib, file), 'utf8');
        const native = nativeAsync(source, file);
        expect(native, `${name}/lib/${file}`).not.toMatch(AWAITER_CALL);
        if (native !== source) {
          converted += 1;
          expect(() => new vm.Script(`(function (exports, require, module) {${native}\n})`, { filename: file }), `${name}/lib/${file}`).not.toThrow();
        }
      }
    }
    expect(converted).toBeGreaterThan(50);
  });
});
