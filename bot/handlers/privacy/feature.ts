import type { BotApp, BotDeps } from '../../deps';
import { registerRetentionJobs } from './jobs';

/** Privacy of the bot's own data: the retention purge. */
export function registerPrivacy(_app: BotApp, deps: BotDeps): void {
  registerRetentionJobs(deps);
}
