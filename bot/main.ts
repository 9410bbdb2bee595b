import { ConfigError, loadConfig, loadDotEnv } from '../src/config';
import { KnowledgeError } from '../src/knowledge/yaml';
import { startBot } from './startBot';

/** Entry point: configuration → bot → signals. Everything else lives in startBot. */
async function main(): Promise<void> {
  loadDotEnv();
  const bot = await startBot(loadConfig());
  // Printed for the person who started it (npm start reads this line too).
  process.stdout.write(`JOS-assistent luistert op ${bot.url}/api/messages\n`);
  const shutdown = () => {
    void bot.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    console.error(error.message);
  } else {
    console.error('JOS-assistent kon niet starten:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
