import { bench, describe } from 'vitest';
import { createScreen, loadNameLists } from '../src/privacy';
import fixture from '../test/fixtures/identifying-samples.json';

const screen = createScreen(loadNameLists());
const now = new Date('2026-11-23T12:00:00Z');
const longQuestion = fixture.samples.map((sample) => sample.text).join(' ').slice(0, 1000);

describe('identifying-details screen', () => {
  bench('one mentor sentence', () => {
    screen('Ik maak me zorgen om Sanne uit 2B, haar moeder belt vanaf 06-12345678.', { now });
  });
  bench('a full 1,000-character question', () => {
    screen(longQuestion, { now });
  });
  bench('loading the name lists', () => {
    loadNameLists();
  });
});
