/**
 * Browser tests: the real bot (the built dist/main.js as a child process, local mode), the Microsoft 365 Agents Playground pointed
 * at it, and Debian's Chromium driven by playwright-core, as a newcomer would use them after `npm start`.
 *
 *   const playground = await startPlayground({ localRoles: 'jos-functionaris:jgc', localSchool: 'vonk' });
 *   await playground.send('spreekuur');
 *   await playground.waitForCardText('Kies een tijd');
 *   await playground.clickButton('Reserveren');
 *   await playground.screenshot('spreekuur-geboekt');
 *   await playground.close(); // in afterAll: stops browser, playground and bot, also after a failure
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type BrowserContext, type BrowserServer, type Locator, type Page } from 'playwright-core';
import { startAgentsPlayground } from '../../scripts/agents-playground';
import { DIST_ENTRY } from '../../scripts/build';
import { freePort } from './net';

/** Set SKIP_E2E=1 to skip the browser tests on a machine without Chromium. CI never sets it. */
export const e2eSkipped = process.env.SKIP_E2E === '1';

export interface PlaygroundOptions {
  /** LOCAL_ROLES for the playground's user, e.g. `mentor` or `jos-functionaris:jgc`. */
  localRoles?: string;
  /** LOCAL_SCHOOL for the playground's user. */
  localSchool?: string;
  /** Further environment for the bot. */
  env?: Record<string, string>;
  /**
   * Start everything with `npm start` (scripts/start-local.ts), exactly as a newcomer does, and stop it with Ctrl-C
   * (SIGINT to its process group). Default: the bot (dist/main.js) and the playground as two processes of the test.
   */
  viaNpmStart?: boolean;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = join(root, 'test', 'e2e', 'screenshots');
const STARTUP_TIMEOUT_MS = 60_000;
const REPLY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Credentials (and anything else a developer's .env may set) are blanked: the bot must run in local mode.
const BLANKED_BOT_ENV = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'ALLOWED_TENANT_IDS', 'HOST', 'SMTP_HOST'];

function findChromium(): string {
  try {
    const path = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    if (path) return path;
  } catch {
    // `which` exits non-zero when there is none
  }
  throw new Error(
    'The browser tests need Debian Chromium, and `which chromium` finds none. Install it (`apt-get install -y chromium`, ' +
      'as .ci/run does), or set SKIP_E2E=1 to skip the browser tests on this machine.',
  );
}

/** Debian's Chromium as a browser server (test/e2e/globalSetup.ts starts one per run; each Playground connects to it). */
export function launchSharedChromium(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
}

/** Keeps the last lines a child printed, to explain a failure. */
class OutputTail {
  private lines: string[] = [];
  constructor(private readonly size = 60) {}
  add(text: string): void {
    this.lines.push(...text.split('\n').filter(Boolean));
    this.lines = this.lines.slice(-this.size);
  }
  toString(): string {
    return this.lines.join('\n');
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

interface StartedProcess {
  child: ChildProcess;
  /** Started in its own process group, so that a signal reaches everything it started in turn. */
  group: boolean;
  stopSignal: NodeJS.Signals;
}

function signalProcess({ child, group }: StartedProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(group ? -child.pid : child.pid, signal);
  } catch {
    // already gone
  }
}

/** Sends the stop signal and waits for the process to exit; SIGKILL when it does not in time. True when it stopped by itself. */
async function stopProcess(started: StartedProcess): Promise<boolean> {
  if (exited(started.child)) return true;
  const exit = new Promise<void>((resolve) => started.child.once('exit', () => resolve()));
  signalProcess(started, started.stopSignal);
  let forced = false;
  const timer = setTimeout(() => {
    forced = true;
    signalProcess(started, 'SIGKILL');
  }, STOP_TIMEOUT_MS);
  await exit;
  clearTimeout(timer);
  return !forced;
}

async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );
}

/** Polls until none of the URLs answers any more; false when one still does at the deadline. */
async function untilClosed(urls: string[]): Promise<boolean> {
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  for (;;) {
    const open = await Promise.all(urls.map(answers));
    if (!open.includes(true)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100)); // poll interval
  }
}

/** Resolves with the first match of `pattern` in what the child prints; rejects when it exits or takes too long. */
function waitForOutput(child: ChildProcess, pattern: RegExp, output: OutputTail, what: string): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let printed = '';
    const finish = (error?: Error, match?: RegExpExecArray) => {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(match!);
    };
    const onData = (data: Buffer) => {
      printed += data.toString();
      const match = pattern.exec(printed);
      if (match) finish(undefined, match);
    };
    const onExit = (code: number | null) => finish(new Error(`${what}: the process exited (code ${code}):\n${output}`));
    const timer = setTimeout(() => finish(new Error(`${what}: nothing within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`)), STARTUP_TIMEOUT_MS);
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

async function waitForHealthy(url: string, bot: ChildProcess, output: OutputTail): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited(bot)) throw new Error(`The bot exited during start-up (code ${bot.exitCode}):\n${output}`);
    const health = await fetch(url).then(
      async (response) => (response.ok ? ((await response.json()) as { mode?: string }) : undefined),
      () => undefined,
    );
    if (health) {
      if (health.mode !== 'local') throw new Error(`The bot started in ${health.mode} mode; browser tests need local mode`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // poll interval, not a wait for an outcome
  }
  throw new Error(`The bot did not answer ${url} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`);
}

export class Playground {
  private readonly processes: StartedProcess[] = [];
  private readonly tempDirs: string[] = [];
  private context: BrowserContext | undefined;
  private page: Page | undefined;
  /** Leaves the shared browser (it keeps running for the next test file). */
  private disconnect: (() => Promise<void>) | undefined;
  /** The last lines the bot (and with viaNpmStart, npm start) printed. */
  readonly output = new OutputTail();
  botUrl = '';
  playgroundUrl = '';
  /** After close(): whether every process stopped on its own signal and both bot and playground stopped answering. */
  stoppedCleanly: boolean | undefined;
  private closing = false;
  private readonly killOnExit = () => {
    // Last resort when the test process ends without close(): no process may outlive the run.
    for (const started of this.processes) signalProcess(started, 'SIGKILL');
  };

  constructor() {
    process.once('exit', this.killOnExit);
  }

  /** The playground's page (for assertions the helpers below do not cover). */
  get browserPage(): Page {
    if (!this.page) throw new Error('The playground page is not open');
    return this.page;
  }

  /**
   * Bot, playground and browser context start side by side (the port is chosen first, so the playground knows the
   * bot's address before it answers); the chat opens once all three are up.
   */
  async start(options: PlaygroundOptions): Promise<void> {
    const port = await freePort();
    this.botUrl = `http://127.0.0.1:${port}`;
    const env = this.botEnvironment(port, options);
    const browser = this.openContext();
    let processes: Promise<void>;
    if (options.viaNpmStart) {
      const npmStart = this.spawnGroup('npm', ['start'], env, 'SIGINT'); // SIGINT to the group: what Ctrl-C does
      processes = (async () => {
        const [, url] = await waitForOutput(npmStart, /Open de Agents Playground in je browser: (\S+)/, this.output, 'npm start');
        this.playgroundUrl = url!;
        await waitForHealthy(`${this.botUrl}/healthz`, npmStart, this.output);
      })();
    } else {
      // The built bot, as `npm run start:bot` runs it (test/e2e/globalSetup.ts builds it).
      const bot = this.spawnGroup(process.execPath, ['--enable-source-maps', DIST_ENTRY], env, 'SIGTERM');
      const playground = startAgentsPlayground({
        botEndpoint: `${this.botUrl}/api/messages`,
        port: 0,
        cwd: this.tempDir('jos-playground-'), // its log and mock-data file stay out of the checkout
      }).then((started) => {
        this.processes.push({ child: started.child, group: false, stopSignal: 'SIGTERM' });
        this.playgroundUrl = started.url;
      });
      processes = Promise.all([waitForHealthy(`${this.botUrl}/healthz`, bot, this.output), playground]).then(() => undefined);
    }
    // Settled, not raced: whatever did start is known to close() when another part fails.
    const outcomes = await Promise.allSettled([processes, browser]);
    const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    await this.openChat();
  }

  private botEnvironment(port: number, options: PlaygroundOptions): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.PUBLIC_BASE_URL;
    for (const name of BLANKED_BOT_ENV) env[name] = '';
    const dataDir = this.tempDir('jos-e2e-data-');
    // npm start gives the Playground user every role unless told otherwise: test what a newcomer gets.
    delete env.LOCAL_ROLES;
    delete env.LOCAL_SCHOOL;
    const localRoles =
      options.viaNpmStart && options.localRoles === undefined
        ? {}
        : { LOCAL_ROLES: options.localRoles ?? 'mentor', LOCAL_SCHOOL: options.localSchool ?? '' };
    return Object.assign(env, {
      PORT: String(port),
      DATA_DIR: dataDir,
      PEOPLE_FILE: join(dataDir, 'people.yaml'), // none: only the demo people of local mode
      ...localRoles,
      LOG_LEVEL: 'info',
      ...options.env,
    });
  }

  /** npm start starts its work in child processes: a process group lets one signal reach all of them. */
  private spawnGroup(command: string, args: string[], env: NodeJS.ProcessEnv, stopSignal: NodeJS.Signals): ChildProcess {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.processes.push({ child, group: true, stopSignal });
    child.stdout!.on('data', (data: Buffer) => this.output.add(data.toString()));
    child.stderr!.on('data', (data: Buffer) => this.output.add(data.toString()));
    return child;
  }

  /** A fresh context (own storage, own page) in the run's shared Chromium. */
  private async openContext(): Promise<void> {
    const browser = await chromium.connect(inject('chromiumEndpoint'));
    this.disconnect = () => browser.close();
    this.context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Only this machine: the playground's web fonts come from a CDN, which CI cannot and need not reach.
    await this.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
    this.page = await this.context.newPage();
    this.page.setDefaultTimeout(REPLY_TIMEOUT_MS);
  }

  private async openChat(): Promise<void> {
    await this.browserPage.goto(this.playgroundUrl);
    await this.messageBox().waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT_MS });
  }

  private tempDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.tempDirs.push(dir);
    return dir;
  }

  private messageBox(): Locator {
    return this.browserPage.locator('[contenteditable=true]').first();
  }

  private cards(): Locator {
    return this.browserPage.locator('.ac-adaptiveCard');
  }

  /** Types a message in the chat and sends it. */
  async send(text: string): Promise<void> {
    const box = this.messageBox();
    await box.click();
    await box.fill(text);
    await box.press('Enter');
  }

  /**
   * Waits for the newest card that shows `text`, and returns it. Earlier cards count too: wait for a text only the
   * expected reply shows. On a timeout the error shows what the page, the playground and the bot did.
   */
  async waitForCardText(text: string | RegExp, timeout = REPLY_TIMEOUT_MS): Promise<Locator> {
    const card = this.cards().filter({ hasText: text }).last();
    try {
      await card.waitFor({ state: 'visible', timeout });
    } catch (error) {
      throw new Error(`No card with the text ${String(text)} appeared within ${timeout / 1000} s.\n${await this.diagnostics()}`, {
        cause: error,
      });
    }
    return card;
  }

  /** Clicks a button, radio or checkbox of the newest card that has one with this accessible name. */
  async clickButton(name: string | RegExp): Promise<void> {
    const cards = this.cards();
    const control = cards
      .getByRole('button', { name, exact: true })
      .or(cards.getByRole('radio', { name, exact: true }))
      .or(cards.getByRole('checkbox', { name, exact: true }))
      .last();
    await control.click();
  }

  /**
   * A screenshot together with the page's text at that moment, so a test can check the picture shows what it expects
   * (the PNG is saved as test/e2e/screenshots/<name>.png, git-ignored).
   */
  async screenshotWithText(name: string): Promise<{ path: string; text: string }> {
    const text = await this.browserPage.locator('body').innerText();
    return { path: await this.screenshot(name), text };
  }

  /** Saves a full-page screenshot as test/e2e/screenshots/<name>.png (git-ignored) and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.browserPage.screenshot({ path, fullPage: true });
    return path;
  }

  /**
   * Waits until the playground's log panel lists an activity the bot answered, like `invoke 200` (a card button the bot
   * handled) or `message 200`.
   */
  async waitForLogEntry(entry: string, timeout = REPLY_TIMEOUT_MS): Promise<void> {
    try {
      await this.browserPage.getByText(entry, { exact: true }).last().waitFor({ state: 'visible', timeout });
    } catch (error) {
      throw new Error(`The playground log never showed "${entry}" within ${timeout / 1000} s.\n${await this.diagnostics()}`, {
        cause: error,
      });
    }
  }

  /** The playground's log panel: every activity with its HTTP status, and the playground's warnings. */
  async logPanel(): Promise<string[]> {
    // Each line starts with a time stamp like "[7:25:26 PM]"; its parent holds the whole line.
    return this.browserPage.getByText(/^\[\d{1,2}:\d{2}:\d{2}/).locator('..').allInnerTexts();
  }

  /** What the cards show, the playground's log panel and the bot's last output. */
  async diagnostics(): Promise<string> {
    const cardTexts = await this.cards()
      .allInnerTexts()
      .catch(() => []);
    const logLines = await this.logPanel().catch(() => ['(log panel not readable)']);
    return [
      `Cards on the page:\n${cardTexts.map((text, i) => `  [${i}] ${text.replace(/\s+/g, ' ')}`).join('\n') || '  (none)'}`,
      `Playground log panel:\n${logLines.join('\n')}`,
      `Bot output:\n${this.output}`,
    ].join('\n\n');
  }

  /**
   * Stops the browser, then the processes (the last started first), checks that bot and playground stopped answering,
   * kills whatever is left, and removes the temporary directories. Safe to call twice.
   */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await this.context?.close().catch(() => undefined);
    await this.disconnect?.().catch(() => undefined);
    let clean = true;
    for (const started of [...this.processes].reverse()) clean = (await stopProcess(started)) && clean;
    const urls = [this.botUrl && `${this.botUrl}/healthz`, this.playgroundUrl].filter(Boolean);
    clean = (await untilClosed(urls)) && clean;
    for (const started of this.processes) if (started.group) signalProcess(started, 'SIGKILL'); // stragglers
    process.removeListener('exit', this.killOnExit);
    for (const dir of this.tempDirs) rmSync(dir, { recursive: true, force: true });
    this.stoppedCleanly = clean;
  }
}

/** Starts bot, playground and browser, with the playground's chat open. Anything started is stopped again if a step fails. */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const playground = new Playground();
  try {
    await playground.start(options);
  } catch (error) {
    await playground.close();
    throw error;
  }
  return playground;
}

/**
 * Starts bot, playground and browser before the tests of the calling `describe` block and closes them after.
 * The returned object stands for the running playground once the tests run. Starting them is most of a browser test's
 * time, so the flows of one user share a block; the chat keeps the earlier cards, so each step waits for a text
 * only its own reply shows.
 */
export function usePlayground(options: PlaygroundOptions = {}): Playground {
  let current: Playground | undefined;
  beforeAll(async () => {
    current = await startPlayground(options);
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Playground, {
    get: (_target, property) => {
      if (!current) throw new Error('The playground runs only inside the tests of its describe block.');
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
