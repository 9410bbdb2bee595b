/**
 * Turns TypeScript's ES2015 down-levelled async functions back into native ones, for the Bot Framework SDK packages
 * that scripts/build.ts bundles (issue 15, "The tail at 10 connections" in docs/architecture.md).
 *
 * tsc compiles `async m(a) { await x; }` for ES2015 into `m(a) { return __awaiter(this, void 0, void 0, function* () { yield x; }); }`:
 * every call makes a new generator function and a generator object from it. V8 gives each new generator function its own
 * initial map, allocated in the old generation, and that map points back to the function, so to its closure: `this`
 * (the TurnContext, the adapter) and the arguments (the activity). Until the next full collection such a dead map is a
 * root for every scavenge, so whatever the turn's closures reach is copied twice and promoted: about 15 KB per request
 * in the bot, and the old generation fills up three times as fast. `(async () => { await x; })()` makes no map: `this`
 * and `arguments` of an arrow are those of the method, which is what tsc passes to `__awaiter`.
 */
import ts from 'typescript';

interface Edit {
  start: number;
  end: number;
  text: string;
}

const isVoidZero = (node: ts.Node): boolean =>
  ts.isVoidExpression(node) && ts.isNumericLiteral(node.expression) && node.expression.text === '0';

/** Walks `body` without entering nested functions other than arrows (they have no `this`, `arguments` or `yield` of their own). */
function ownNodes(body: ts.Node, visit: (node: ts.Node) => void): void {
  const walk = (node: ts.Node): void => {
    visit(node);
    if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) return;
    if (ts.isClassLike(node)) return;
    ts.forEachChild(node, walk);
  };
  ts.forEachChild(body, walk);
}

/**
 * The generator of `__awaiter(this | void 0, void 0 | arguments, void 0, function* () { … })` when an async arrow
 * means the same: a generator without parameters, name, `yield*`, and (when `this` was not passed) without `this`.
 */
function awaiterGenerator(node: ts.CallExpression): ts.FunctionExpression | undefined {
  if (!ts.isIdentifier(node.expression) || node.expression.text !== '__awaiter' || node.arguments.length !== 4) return undefined;
  const [thisArg, args, promise, generator] = node.arguments as unknown as [ts.Expression, ts.Expression, ts.Expression, ts.Expression];
  if (!ts.isFunctionExpression(generator) || !generator.asteriskToken || generator.name || generator.parameters.length > 0) return undefined;
  const passesThis = thisArg.kind === ts.SyntaxKind.ThisKeyword;
  if (!passesThis && !isVoidZero(thisArg)) return undefined;
  if (!isVoidZero(args) && !(ts.isIdentifier(args) && args.text === 'arguments')) return undefined;
  if (!isVoidZero(promise)) return undefined;
  let convertible = true;
  ownNodes(generator.body, (inner) => {
    if (ts.isYieldExpression(inner) && inner.asteriskToken) convertible = false;
    if (!passesThis && inner.kind === ts.SyntaxKind.ThisKeyword) convertible = false;
    // Without `arguments` passed, the generator's own (empty) `arguments` differs from the method's.
    if (isVoidZero(args) && ts.isIdentifier(inner) && inner.text === 'arguments') convertible = false;
  });
  return convertible ? generator : undefined;
}

/** The source with every convertible `__awaiter(…, function* () { … })` call written as `(async () => { … })()`; unchanged when there is none. */
export function nativeAsync(source: string, fileName = 'module.js'): string {
  if (!source.includes('__awaiter(')) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    const generator = ts.isCallExpression(node) ? awaiterGenerator(node) : undefined;
    if (generator) {
      const call = node as ts.CallExpression;
      edits.push({ start: call.getStart(file), end: generator.body.getStart(file), text: '(async () => ' });
      edits.push({ start: generator.body.getEnd(), end: call.getEnd(), text: ')()' });
      ownNodes(generator.body, (inner) => {
        if (!ts.isYieldExpression(inner)) return;
        const keyword = inner.getStart(file);
        // `yield a, b` never occurs (yield takes one assignment expression); `await` binds tighter, hence the parentheses.
        if (inner.expression) {
          edits.push({ start: keyword, end: keyword + 'yield'.length, text: '(await (' });
          edits.push({ start: inner.expression.getEnd(), end: inner.expression.getEnd(), text: '))' });
        } else {
          edits.push({ start: keyword, end: keyword + 'yield'.length, text: '(await undefined)' });
        }
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return source;
  // From the end backwards, so earlier positions stay valid; an insertion at the end of a replaced range lands after its text.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = source;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
