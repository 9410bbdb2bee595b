import { isLeaf, PERMISSIVE_VERDICTS, type ConsentKnowledge, type Facts, type Leaf, type VerdictCode } from './model';

/** One question on the way through the tree, answered by the mentor or assumed by the bot. */
export interface PathStep {
  node: string;
  question: string;
  option: string;
  assumed: boolean;
  /** The answer came from a weak cue in the text: shown as an assumption, never decisive for a consent-free verdict. */
  weak?: boolean;
  /** The options the text left open, all leading to the same verdict (so the bot did not ask); else it asks, assuming nothing. */
  range?: string[];
}

/** One fact the bot knows, in words for the "Ik begreep ..." line. */
export interface UnderstoodFact {
  question: string;
  option: string;
  topic: string;
  text: string;
}

/** Something the bot took for granted, shown on the verdict card with a one-click correction. */
export interface Assumption {
  question: string;
  option: string;
  text: string;
  correction: { label: string; option?: string };
}

export interface NextQuestion {
  kind: 'question';
  node: string;
  question: string;
  text: string;
  options: { id: string; label: string }[];
  understood: UnderstoodFact[];
  path: PathStep[];
}

export interface Verdict {
  kind: 'verdict';
  leaf: string;
  code: VerdictCode;
  headline: string;
  /** Two or three sentences. */
  why: string[];
  grounds: string[];
  rules: string[];
  sources: { id: string; title: string; url: string; authority: number }[];
  notes: string[];
  steps: string[];
  /** The R29 requirements when the verdict asks for consent, otherwise null. */
  consentRequirements: { rule: string; items: string[] } | null;
  assumptions: Assumption[];
  safetyLine: string;
  checkLine: string;
  understood: UnderstoodFact[];
  path: PathStep[];
}

export type Outcome = NextQuestion | Verdict;

/**
 * Walks the tree from the root with the known facts. A question the facts do not answer is asked, unless the
 * knowledge says the bot may assume an answer (and the mentor did not ask for that question): then the bot
 * assumes it and says so on the verdict.
 */
export function decide(knowledge: ConsentKnowledge, facts: Facts): Outcome {
  const path: PathStep[] = [];
  let nodeId = knowledge.root;
  // The tree is checked to be acyclic at load time; the bound only guards against a bug.
  for (let guard = 0; guard <= Object.keys(knowledge.nodes).length; guard++) {
    const node = knowledge.nodes[nodeId]!;
    if (isLeaf(node)) {
      // A consent-free verdict needs its facts from strong cues or answers: a weak one is asked instead.
      const weak = path.find((step) => step.weak);
      const permissive = PERMISSIVE_VERDICTS.includes(node.verdict as VerdictCode);
      if (weak && permissive) return decide(knowledge, reopenWeak(facts, weak.question));
      // A stated fact that blocks a consent-free verdict but plays no part on this path: the branch was misread, so
      // the last branch the text chose is asked instead.
      const misread = permissive && blockingFactOffPath(knowledge, facts, path) ? path.findLast((step) => !step.assumed && !SAFETY_QUESTIONS.has(step.question)) : undefined;
      if (misread) return decide(knowledge, reopenWeak(facts, misread.question));
      return composeVerdict(knowledge, facts, nodeId, node, path);
    }
    const question = knowledge.questions[node.ask]!;
    const given = facts.answers[node.ask];
    let step: PathStep;
    if (given !== undefined && node.options[given]) {
      step = { node: nodeId, question: node.ask, option: given, assumed: false, ...(facts.weak?.includes(node.ask) ? { weak: true } : {}) };
    } else if (question.assume && !facts.ask.includes(node.ask) && !facts.ranges?.[node.ask]) {
      step = { node: nodeId, question: node.ask, option: question.assume.option, assumed: true, ...(facts.weak?.includes(node.ask) ? { weak: true } : {}) };
    } else if (sameVerdictForRange(knowledge, facts, node.ask)) {
      const range = facts.ranges![node.ask]!;
      step = { node: nodeId, question: node.ask, option: range[0]!, assumed: true, range };
    } else {
      return {
        kind: 'question',
        node: nodeId,
        question: node.ask,
        text: question.text,
        options: Object.keys(node.options).map((id) => ({ id, label: question.options[id]!.label })),
        understood: understood(knowledge, facts, new Set([...path.map((step) => step.question), ...questionsFrom(knowledge, nodeId)])),
        path,
      };
    }
    path.push(step);
    nodeId = node.options[step.option]!.next;
  }
  throw new Error('consent tree walk did not end');
}

/** Safety and identifiability are read on their own; a misread branch is never one of them. */
const SAFETY_QUESTIONS = new Set(['Q-NOOD', 'Q-ZORGEN', 'Q-HERKENBAAR']);

/** Whether the facts hold an answer that rules out a consent-free verdict to a question this path never asked. */
function blockingFactOffPath(knowledge: ConsentKnowledge, facts: Facts, path: PathStep[]): boolean {
  const asked = new Set(path.map((step) => step.question));
  return Object.entries(facts.answers).some(([question, option]) => !asked.has(question) && knowledge.questions[question]?.options[option]?.blocksPermissive === true);
}

/** The facts with a weakly read answer dropped and its question asked. */
function reopenWeak(facts: Facts, question: string): Facts {
  const { [question]: _dropped, ...answers } = facts.answers;
  return { ...facts, answers, ask: [...facts.ask, question], weak: facts.weak?.filter((id) => id !== question) ?? [] };
}

/** Whether every option the text left open for this question leads to the same verdict, so asking changes nothing. */
function sameVerdictForRange(knowledge: ConsentKnowledge, facts: Facts, question: string): boolean {
  const range = facts.ranges?.[question];
  if (!range || facts.ask.includes(question)) return false;
  const codes = range.map((option) => {
    const outcome = decide(knowledge, { ...facts, answers: { ...facts.answers, [question]: option }, ranges: {} });
    return outcome.kind === 'verdict' ? outcome.code : undefined;
  });
  return codes[0] !== undefined && codes.every((code) => code === codes[0]);
}

/**
 * The facts that matter here, in tree-question order and in words: those on the way here or still ahead. A fact
 * of a branch the mentor left (the JOS work after changing the party to the ouders) is not shown.
 */
function understood(knowledge: ConsentKnowledge, facts: Facts, relevant: Set<string>): UnderstoodFact[] {
  return Object.entries(knowledge.questions).flatMap(([questionId, question]) => {
    if (!relevant.has(questionId)) return [];
    const optionId = facts.answers[questionId];
    const option = optionId === undefined ? undefined : question.options[optionId];
    return option && optionId ? [{ question: questionId, option: optionId, topic: question.topic, text: option.short }] : [];
  });
}

/** The questions asked at a node and at every node below it. */
function questionsFrom(knowledge: ConsentKnowledge, start: string): Set<string> {
  const seen = new Set<string>();
  const questions = new Set<string>();
  const visit = (nodeId: string) => {
    const node = knowledge.nodes[nodeId];
    if (seen.has(nodeId) || !node || isLeaf(node)) return;
    seen.add(nodeId);
    questions.add(node.ask);
    for (const option of Object.values(node.options)) visit(option.next);
  };
  visit(start);
  return questions;
}

function composeVerdict(knowledge: ConsentKnowledge, facts: Facts, leafId: string, leaf: Leaf, path: PathStep[]): Verdict {
  const edges = path.map((step) => ({ step, edge: edgeOf(knowledge, step) }));
  const ruleIds = unique([...edges.flatMap(({ edge }) => edge.rules), ...leaf.rules]);
  const rules = ruleIds.map((id) => ({ id, ...knowledge.rules[id]! }));
  const specific = rules.filter((rule) => !rule.general);
  const general = rules.filter((rule) => rule.general);
  const text = knowledge.verdicts[leaf.verdict];
  const why = [...(specific.length > 0 ? specific : general).slice(0, 2).map((rule) => rule.why), text.why];
  const sourceIds = unique((specific.length > 0 ? specific : rules).flatMap((rule) => rule.sources));
  return {
    kind: 'verdict',
    leaf: leafId,
    code: leaf.verdict,
    headline: leaf.headline ?? text.headline,
    why,
    grounds: distinctGrounds(specific.map((rule) => rule.ground)),
    rules: ruleIds,
    // Most authoritative first; the order of the rules breaks ties.
    sources: sourceIds.map((id) => ({ id, ...knowledge.sources[id]! })).sort((a, b) => a.authority - b.authority),
    notes: edges.flatMap(({ step, edge }) => (!step.assumed && edge.note ? [edge.note] : [])),
    steps: withoutRestated(unique([...leaf.steps, ...specific.flatMap((rule) => rule.steps), ...text.steps, ...general.flatMap((rule) => rule.steps)])),
    consentRequirements: text.consent ? knowledge.consentRequirements : null,
    assumptions: path.flatMap((step) => {
      const question = knowledge.questions[step.question]!;
      if (step.assumed && step.range) {
        const text = `${question.topic}: ${step.range.map((option) => question.options[option]?.short ?? option).join(' of ')}`;
        return [{ question: step.question, option: step.option, text, correction: { label: `Wijzig: ${question.topic}` } }];
      }
      if (step.weak && !step.assumed) {
        const text = `${question.topic}: ${question.options[step.option]?.short ?? step.option}`;
        return [{ question: step.question, option: step.option, text, correction: { label: `Wijzig: ${question.topic}` } }];
      }
      const assume = question.assume;
      if (!step.assumed || !assume) return [];
      return [{ question: step.question, option: step.option, text: assume.text, correction: { label: assume.correction, option: assume.correctTo } }];
    }),
    safetyLine: knowledge.safetyLine,
    checkLine: knowledge.checkLine,
    understood: understood(knowledge, facts, new Set(path.map((step) => step.question))),
    path,
  };
}

function edgeOf(knowledge: ConsentKnowledge, step: PathStep) {
  const node = knowledge.nodes[step.node];
  if (!node || isLeaf(node)) throw new Error(`consent path step ${step.node} is not a question`);
  return node.options[step.option]!;
}

/** The grounds of several rules, split on ";", without repeats or parts another part already names. */
function distinctGrounds(grounds: string[]): string[] {
  return withoutRestated(unique(grounds.flatMap((ground) => ground.split(';').map((part) => part.trim())).filter(Boolean)));
}

/** Drops a line that another line already says in full ("Deel alleen wat nodig is." inside a longer step). */
function withoutRestated(lines: string[]): string[] {
  const bare = (line: string) => line.replace(/[.\s]+$/, '');
  return lines.filter((line) => !lines.some((other) => other !== line && other.includes(bare(line))));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
