import type { BotApp, BotDeps } from '../deps';

// Placeholder until the feature lands; its engineer replaces this file.
export function registerConsultations(_app: BotApp, _deps: BotDeps): void {}
