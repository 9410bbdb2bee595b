/**
 * Why the rules asked where the labels decide (b31–b33): the question is a safety question, the labelled answer is
 * consent-free, the reader asked on purpose, the age, no answer to the question leads there, or one does (what an
 * assumption layer could reach at most). npx tsx scripts/consent-asked-instead.ts
 */
import { readFileSync } from 'node:fs';
import { decide } from '../src/consent/engine';
import { judge, labelledSetSchema } from '../src/consent/evaluation';
import { extractFacts } from '../src/consent/extract';
import { loadConsentKnowledge } from '../src/consent/knowledge';
import { PERMISSIVE_VERDICTS } from '../src/consent/model';
import { firstOf } from '../test/consent/firstAnswer';
import { screen } from '../test/helpers/screen';
const k = loadConsentKnowledge('knowledge/consent');
const counts: Record<string, string[]> = {};
for (const b of ['b31', 'b32', 'b33']) for (const item of labelledSetSchema.parse(JSON.parse(readFileSync(`test/consent/heldout/blind-${b}.json`, 'utf8')))) {
  const facts = extractFacts(item.text, k.cues, screen).facts;
  const o = decide(k, facts); const j = judge(item, firstOf(o));
  if (j.miss !== 'asked-instead' || o.kind !== 'question') continue;
  const q = o.question;
  const ok = [item.first, ...(item.accept ?? [])];
  const reach = o.options.filter(({ id }) => ok.includes(firstOf(decide(k, { ...facts, answers: { ...facts.answers, [q]: id } }))));
  const cat = ['Q-NOOD', 'Q-ZORGEN'].includes(q) ? 'veiligheidsvraag' : ok.every((a) => (PERMISSIVE_VERDICTS as readonly string[]).includes(a)) ? 'toestemmingsvrij doel' : facts.ask.includes(q) ? 'bewust gevraagd' : q === 'Q-LEEFTIJD' ? 'leeftijd' : reach.length === 0 ? 'niet bereikbaar' : 'bereikbaar';
  (counts[cat] ??= []).push(item.id);
}
console.log(counts);
