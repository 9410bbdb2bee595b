import { createScreen, loadNameLists } from './src/privacy';
const screen = createScreen(loadNameLists());
const now = new Date('2026-11-29T12:00:00Z');
const staff: string[] = JSON.parse(process.argv[2]!);
const pupil: string[] = JSON.parse(process.argv[3]!);
for (const t of staff) { const r = screen(t, { now }); console.log(r.identifying ? 'FA  ' : 'ok  ', t, r.findings.map((f) => `${f.kind}:${f.text}`).join(' | ')); }
for (const t of pupil) { const r = screen(t, { now }); console.log(r.identifying ? 'ok  ' : 'MISS', t, r.findings.map((f) => `${f.kind}:${f.text}`).join(' | ')); }
