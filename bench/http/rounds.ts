/**
 * How `npm run bench:http` lays out its time: the whole plan of workloads runs in rounds, each round the same
 * workloads in the same order against the same bot process, so the first half of a run is the same work as the
 * second and the bot's RSS can be compared between them. Each workload gets `duration / rounds` seconds per round,
 * cut into stretches that take turns with the baseline.
 */
import { WORKLOAD_NAMES, type WorkloadName } from './workloads';

export interface Run {
  workload: WorkloadName;
  connections: number;
}

export interface RoundPlan {
  rounds: number;
  /** The runs of one round, in the order every round takes them. */
  runs: Run[];
  /** Bot stretches per workload per round. */
  stretchesPerRound: number;
  botStretchSeconds: number;
  /** The baseline's stretch after each bot stretch: a quarter of it. */
  baselineStretchSeconds: number;
}

/** No shorter bot stretch when the time allows: each stretch begins with a connection ramp. */
const MIN_STRETCH_SECONDS = 4;

/** `consent@10,mix@50` → runs, in the order given. */
export function parseRuns(text: string): Run[] {
  return text.split(',').map((entry) => {
    const [workload, connections] = entry.trim().split('@');
    if (!(WORKLOAD_NAMES as readonly string[]).includes(workload!) || !(Number(connections) > 0)) {
      throw new Error(`--runs: "${entry}" is geen workload@verbindingen (workloads: ${WORKLOAD_NAMES.join(', ')})`);
    }
    return { workload: workload as WorkloadName, connections: Number(connections) };
  });
}

/**
 * `duration` seconds of each workload, split evenly over the rounds. A round takes the lower connection levels first
 * (in --runs order within a level), as the single pass did before rounds.
 */
export function planRounds(runs: readonly Run[], options: { rounds: number; duration: number }): RoundPlan {
  if (!Number.isInteger(options.rounds) || options.rounds < 2) {
    throw new Error(`--rounds: ${options.rounds} is geen geheel getal van 2 of meer (de tweede ronde is de vergelijking)`);
  }
  if (!(options.duration > 0)) throw new Error(`--duration: ${options.duration} is geen aantal seconden`);
  const secondsPerRound = options.duration / options.rounds;
  const stretchesPerRound = Math.max(1, Math.floor(secondsPerRound / MIN_STRETCH_SECONDS));
  const botStretchSeconds = secondsPerRound / stretchesPerRound;
  return {
    rounds: options.rounds,
    runs: runs.toSorted((a, b) => a.connections - b.connections),
    stretchesPerRound,
    botStretchSeconds,
    baselineStretchSeconds: botStretchSeconds / 4,
  };
}
