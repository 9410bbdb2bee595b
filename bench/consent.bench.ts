import { bench, describe } from 'vitest';
import { decide } from '../src/consent/engine';
import { extractFacts } from '../src/consent/extract';
import { loadConsentKnowledge } from '../src/consent/knowledge';
import { createScreen, loadNameLists } from '../src/privacy';

const screen = createScreen(loadNameLists());

const knowledge = loadConsentKnowledge('knowledge/consent');
const SHORT = "gw'er wil Sem (13) observeren";
const LONG =
  'Ik wil ff bellen met m\'n contactpersoon van het wijkteam over Noor (14), ze heeft al jeugdhulp en de ouders zijn gescheiden. ' +
  'Moeder vindt het prima maar ik weet niet hoe vader erin staat; mag dat zomaar of moet ik eerst toestemmming vragen?';

describe('consent', () => {
  bench('load and check the knowledge (5 YAML files, all structural checks)', () => {
    loadConsentKnowledge('knowledge/consent');
  });
  bench('extract facts from a short chat question', () => {
    extractFacts(SHORT, knowledge.cues, screen);
  });
  bench('extract facts from a long question with typos', () => {
    extractFacts(LONG, knowledge.cues, screen);
  });
  bench('decide: the engine from facts to a verdict card', () => {
    decide(knowledge, { answers: { 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': '12-15' }, ask: [] });
  });
  bench('text to verdict (extract + decide), as one chat message', () => {
    decide(knowledge, extractFacts(SHORT, knowledge.cues, screen).facts);
  });
});
