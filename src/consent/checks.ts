import type { z } from 'zod/v4';
import { KnowledgeError } from '../knowledge/yaml';
import {
  VERDICT_CODES,
  isLeaf,
  type ConsentKnowledge,
  type TreeNode,
  type VerdictCode,
  type questionsFileSchema,
  type rulesFileSchema,
  type sourcesFileSchema,
  type treeFileSchema,
  type verdictsFileSchema,
} from './model';
import { STABLE_QUESTIONS } from './vocabulary';

export interface ConsentFiles {
  tree: string;
  questions: string;
  rules: string;
  sources: string;
  verdicts: string;
}

interface ParsedFiles {
  sources: z.infer<typeof sourcesFileSchema>;
  rules: z.infer<typeof rulesFileSchema>;
  questions: z.infer<typeof questionsFileSchema>;
  verdicts: z.infer<typeof verdictsFileSchema>;
  tree: z.infer<typeof treeFileSchema>;
}

const INTERNAL_NOTE = /niet nagelezen|niet bevestigd|niet gecontroleerd|onzeker|\?/i;

const isVerdictCode = (code: string): code is VerdictCode => (VERDICT_CODES as readonly string[]).includes(code);

/** Cross-file and structural checks; the first problem found is thrown as a KnowledgeError with file and field. */
export function checkConsentKnowledge(parsed: ParsedFiles, files: ConsentFiles): Omit<ConsentKnowledge, 'cues'> {
  const { sources, rules, questions, verdicts, tree } = parsed;

  for (const [ruleId, rule] of Object.entries(rules)) {
    // The ground is shown to mentors: a note that it was not checked belongs under `unverified`, not on the card.
    if (INTERNAL_NOTE.test(rule.ground)) {
      throw new KnowledgeError(files.rules, `${ruleId}.ground`, 'een grondslag op de kaart moet nagelezen zijn; zet wat nog niet is nagelezen onder `unverified`');
    }
    if (rule.sources.length === 0) {
      throw new KnowledgeError(files.rules, `${ruleId}.sources`, 'een regel heeft minstens één bron nodig');
    }
    rule.sources.forEach((sourceId, index) => {
      if (!sources[sourceId]) {
        throw new KnowledgeError(files.rules, `${ruleId}.sources[${index}]`, `bron ${sourceId} staat niet in sources.yaml`);
      }
    });
  }

  for (const code of Object.keys(verdicts.verdicts)) {
    if (!isVerdictCode(code)) {
      throw new KnowledgeError(files.verdicts, `verdicts.${code}`, `onbekende oordeelcode; kies uit ${VERDICT_CODES.join(', ')}`);
    }
  }
  for (const code of VERDICT_CODES) {
    if (!verdicts.verdicts[code]) throw new KnowledgeError(files.verdicts, `verdicts.${code}`, 'de tekst van dit oordeel ontbreekt');
  }
  if (!rules[verdicts.consentRequirements.rule]) {
    throw new KnowledgeError(files.verdicts, 'consentRequirements.rule', `regel ${verdicts.consentRequirements.rule} bestaat niet`);
  }

  for (const [questionId, question] of Object.entries(questions)) {
    if (question.assume && !question.options[question.assume.option]) {
      throw new KnowledgeError(files.questions, `${questionId}.assume.option`, `optie ${question.assume.option} bestaat niet bij deze vraag`);
    }
    const correctTo = question.assume?.correctTo;
    if (correctTo && !question.options[correctTo]) {
      throw new KnowledgeError(files.questions, `${questionId}.assume.correctTo`, `optie ${correctTo} bestaat niet bij deze vraag`);
    }
  }

  const requireRules = (ruleIds: string[], field: string) =>
    ruleIds.forEach((ruleId, index) => {
      if (!rules[ruleId]) throw new KnowledgeError(files.tree, `${field}[${index}]`, `regel ${ruleId} staat niet in rules.yaml`);
    });

  if (!tree.nodes[tree.root]) throw new KnowledgeError(files.tree, 'root', `knoop ${tree.root} bestaat niet`);
  for (const [nodeId, node] of Object.entries(tree.nodes)) {
    if ('verdict' in node) {
      if (!isVerdictCode(node.verdict)) {
        throw new KnowledgeError(files.tree, `nodes.${nodeId}.verdict`, `${node.verdict} is geen oordeelcode; kies uit ${VERDICT_CODES.join(', ')}`);
      }
      if (node.rules.length === 0) throw new KnowledgeError(files.tree, `nodes.${nodeId}.rules`, 'een blad heeft minstens één regel nodig');
      requireRules(node.rules, `nodes.${nodeId}.rules`);
      continue;
    }
    const question = questions[node.ask];
    if (!question) throw new KnowledgeError(files.tree, `nodes.${nodeId}.ask`, `vraag ${node.ask} staat niet in questions.yaml`);
    for (const optionId of Object.keys(question.options)) {
      if (!node.options[optionId]) {
        throw new KnowledgeError(files.tree, `nodes.${nodeId}.options.${optionId}`, `optie ${optionId} van ${node.ask} leidt nergens heen`);
      }
    }
    for (const [optionId, edge] of Object.entries(node.options)) {
      const field = `nodes.${nodeId}.options.${optionId}`;
      if (!question.options[optionId]) throw new KnowledgeError(files.tree, field, `${node.ask} heeft geen optie ${optionId}`);
      if (!tree.nodes[edge.next]) throw new KnowledgeError(files.tree, `${field}.next`, `leidt nergens heen: knoop ${edge.next} bestaat niet`);
      requireRules(edge.rules, `${field}.rules`);
    }
  }

  const reached = findCycleAndReach(tree.root, tree.nodes as Record<string, TreeNode>, files.tree);
  for (const nodeId of Object.keys(tree.nodes)) {
    if (!reached.has(nodeId)) throw new KnowledgeError(files.tree, `nodes.${nodeId}`, 'geen enkele vraag leidt naar deze knoop (onbereikbaar)');
  }

  for (const [questionId, optionIds] of Object.entries(STABLE_QUESTIONS)) {
    const question = questions[questionId];
    if (!question) throw new KnowledgeError(files.questions, questionId, 'de bot gebruikt deze vraag; verwijder of hernoem haar niet');
    for (const optionId of optionIds) {
      if (!question.options[optionId]) {
        throw new KnowledgeError(files.questions, `${questionId}.options.${optionId}`, 'de bot gebruikt deze optie; verwijder of hernoem haar niet');
      }
    }
  }

  return {
    root: tree.root,
    nodes: tree.nodes as Record<string, TreeNode>,
    questions,
    rules,
    sources,
    verdicts: verdicts.verdicts as ConsentKnowledge['verdicts'],
    safetyLine: verdicts.safetyLine,
    checkLine: verdicts.checkLine,
    consentRequirements: verdicts.consentRequirements,
  };
}

/** Depth-first walk from the root: throws on a path that returns to a node it passed, returns every reached node. */
function findCycleAndReach(root: string, nodes: Record<string, TreeNode>, file: string): Set<string> {
  const done = new Set<string>();
  const onPath = new Set<string>();
  const visit = (nodeId: string) => {
    if (done.has(nodeId)) return;
    onPath.add(nodeId);
    const node = nodes[nodeId]!;
    if (!isLeaf(node)) {
      for (const [optionId, edge] of Object.entries(node.options)) {
        if (onPath.has(edge.next)) {
          throw new KnowledgeError(file, `nodes.${nodeId}.options.${optionId}.next`, `maakt een kring: ${edge.next} komt eerder op dit pad`);
        }
        visit(edge.next);
      }
    }
    onPath.delete(nodeId);
    done.add(nodeId);
  };
  visit(root);
  return done;
}

/** The legal grounds the FG must still confirm, per rule ("R25: Jeugdwet ..."), for knowledge:check and the FG guide. */
export function unverifiedGrounds(knowledge: ConsentKnowledge): string[] {
  return Object.entries(knowledge.rules).flatMap(([ruleId, rule]) => rule.unverified.map((part) => `${ruleId}: ${part}`));
}
