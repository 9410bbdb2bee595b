import { readFileSync } from 'node:fs';
const [file, needle] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file!, 'utf8'));
const byId = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
p.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const stacks = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id);
  const name = `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-2).join('/')}`;
  if (!name.includes(needle!)) continue;
  const chain: string[] = [];
  for (let at = parent.get(id); at !== undefined && chain.length < 8; at = parent.get(at)) {
    const f = byId.get(at).callFrame;
    chain.push(`${f.functionName || '(anon)'}@${f.url.split('/').slice(-2).join('/')}`);
  }
  const key = chain.join(' < ');
  stacks.set(key, (stacks.get(key) ?? 0) + t);
}
for (const [k, t] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(Math.round(t / 1000), 'ms', k, '\n');
