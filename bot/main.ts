import { ConfigError, loadConfig, loadDotEnv } from '../src/config';
import { warmUpReader } from '../src/consent/warmUp';
import { KnowledgeError } from '../src/knowledge/yaml';
import { startBot } from './startBot';

/** Entry point: configuration → bot → signals. Everything else lives in startBot. */
async function main(): Promise<void> {
  loadDotEnv();
  const bot = await startBot(loadConfig());
  const shutdown = () => {
    void bot.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  // Printed for the person who started it (npm start reads this line too). Only now: a stop signal sent as soon as
  // the line arrives must find the handlers in place (before, it killed the process at once, losing its last logs).
  process.stdout.write(`JOS-assistent luistert op ${bot.url}/api/messages\n`);
  // The consent reader's safety model trains on first use and its patterns compile to machine code on their second:
  // both now rather than in the first mentors' turns (and the memory that takes is there from the start).
  setImmediate(() => {
    bot.deps.consent.cues.safetyNet?.warmUp();
    warmUpReader(bot.deps.consent.cues, bot.deps.screen);
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    console.error(error.message);
  } else {
    console.error('JOS-assistent kon niet starten:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
