import { describe, expect, it } from 'vitest';
import { parseRuns, planRounds } from '../../bench/http/rounds';

const DEFAULT_RUNS = 'consent@10,card@10,slots@10,mix@10,consent@50';

describe('bench:http rounds', () => {
  it('runs the whole default plan in every round, in the same order, each workload half its time per round', () => {
    const plan = planRounds(parseRuns(DEFAULT_RUNS), { rounds: 2, duration: 20 });
    expect(plan.rounds).toBe(2);
    expect(plan.runs.map((run) => `${run.workload}@${run.connections}`)).toEqual(DEFAULT_RUNS.split(','));
    // 10 s per round: two 5 s stretches, each followed by a quarter of that of the baseline.
    expect(plan.stretchesPerRound).toBe(2);
    expect(plan.botStretchSeconds).toBe(5);
    expect(plan.baselineStretchSeconds).toBe(1.25);
    expect(plan.rounds * plan.stretchesPerRound * plan.botStretchSeconds).toBe(20);
  });

  it('measures each workload for --duration seconds over all rounds, whatever the number of rounds', () => {
    for (const rounds of [2, 3, 4, 5]) {
      const plan = planRounds(parseRuns('consent@10'), { rounds, duration: 20 });
      expect(plan.rounds * plan.stretchesPerRound * plan.botStretchSeconds).toBeCloseTo(20);
      expect(plan.botStretchSeconds).toBeGreaterThanOrEqual(4);
    }
    // Too short for 4 s stretches: one stretch a round.
    expect(planRounds(parseRuns('consent@10'), { rounds: 2, duration: 4 })).toMatchObject({ stretchesPerRound: 1, botStretchSeconds: 2 });
  });

  it('takes the lower connection level first within a round, keeping the --runs order within a level', () => {
    const plan = planRounds(parseRuns('consent@50,mix@10,card@50,slots@10'), { rounds: 2, duration: 8 });
    expect(plan.runs.map((run) => `${run.workload}@${run.connections}`)).toEqual(['mix@10', 'slots@10', 'consent@50', 'card@50']);
  });

  it('refuses fewer than two rounds, which leave nothing to compare', () => {
    expect(() => planRounds(parseRuns('consent@10'), { rounds: 1, duration: 20 })).toThrow(/--rounds: 1/);
    expect(() => planRounds(parseRuns('consent@10'), { rounds: 2.5, duration: 20 })).toThrow(/--rounds: 2.5/);
    expect(() => planRounds(parseRuns('consent@10'), { rounds: Number('twee'), duration: 20 })).toThrow(/--rounds/);
  });

  it('refuses a --runs entry that is not workload@connections', () => {
    expect(() => parseRuns('consent@10,lunch@10')).toThrow(/"lunch@10"/);
    expect(() => parseRuns('consent')).toThrow(/"consent"/);
    expect(() => parseRuns('consent@0')).toThrow(/"consent@0"/);
  });
});
