/**
 * `npm start`: the bot on its embedded defaults plus the Microsoft 365 Agents Playground pointed at it,
 * so a newcomer can chat with the bot in a browser at once. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { startAgentsPlayground } from './agents-playground';
import { DIST_ENTRY } from './build';

const BOT_PORT = process.env.PORT ?? '3978';

// Locally the Playground user gets every role, so each flow can be tried; override with LOCAL_ROLES / LOCAL_SCHOOL.
const env = {
  ...process.env,
  PORT: BOT_PORT,
  LOCAL_ROLES: process.env.LOCAL_ROLES ?? 'mentor,jos-functionaris:jgc,ondersteuningscoordinator,procesbegeleider,beheerder',
  LOCAL_SCHOOL: process.env.LOCAL_SCHOOL ?? 'stedelijk-dalton',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
if (process.env.MicrosoftAppId) {
  console.error('npm start is voor lokaal gebruik zonder Teams-gegevens; gebruik npm run start:bot met MicrosoftAppId.');
  process.exit(1);
}

// The built bot (npm start builds it first), as `npm run start:bot` runs it.
const bot = spawn(process.execPath, [DIST_ENTRY], { env, stdio: ['ignore', 'pipe', 'inherit'] });
let playgroundChild: { kill: (signal?: NodeJS.Signals) => boolean } | undefined;

const stopAll = (code: number) => {
  playgroundChild?.kill('SIGTERM');
  bot.kill('SIGTERM');
  bot.once('exit', () => process.exit(code));
  setTimeout(() => process.exit(code), 5000).unref();
};
process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));
bot.once('exit', (code) => {
  playgroundChild?.kill('SIGTERM');
  process.exit(code ?? 1);
});

bot.stdout.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  const listening = /luistert op (\S+)/.exec(text);
  if (!listening || playgroundChild) return;
  startAgentsPlayground({ botEndpoint: listening[1]!, port: 56150 })
    .then((playground) => {
      playgroundChild = playground.child;
      process.stdout.write(
        `\nOpen de Agents Playground in je browser: ${playground.url}\n` +
          `Typ "help" om te beginnen. Stoppen: Ctrl-C.\n`,
      );
    })
    .catch((error: Error) => {
      console.error(error.message);
      stopAll(1);
    });
});
