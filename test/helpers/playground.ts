/**
 * Browser tests: the real bot (bot/main.ts as a child process, local mode), the Microsoft 365 Agents Playground pointed
 * at it, and Debian's Chromium driven by playwright-core, as a newcomer would use them after `npm start`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startAgentsPlayground } from '../../scripts/agents-playground';

/** Set SKIP_E2E=1 to skip the browser tests on a machine without Chromium. CI never sets it. */
export const e2eSkipped = process.env.SKIP_E2E === '1';

export interface PlaygroundOptions {
  /** LOCAL_ROLES for the playground's user, e.g. `mentor` or `jos-functionaris:jgc`. */
  localRoles?: string;
  /** LOCAL_SCHOOL for the playground's user. */
  localSchool?: string;
  /** Further environment for the bot. */
  env?: Record<string, string>;
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
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

/** Signals a child (and with `group`, everything it started), then SIGKILL if it has not exited in time. */
async function stopProcess(child: ChildProcess, group: boolean): Promise<void> {
  if (exited(child) || child.pid === undefined) return;
  const pid = child.pid;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(group ? -pid : pid, name);
    } catch {
      // already gone
    }
  };
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), STOP_TIMEOUT_MS);
  await done;
  clearTimeout(timer);
  if (group) signal('SIGKILL'); // grandchildren that outlived their parent
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
  private readonly children: Array<{ child: ChildProcess; group: boolean }> = [];
  private readonly tempDirs: string[] = [];
  private context: BrowserContext | undefined;
  private page: Page | undefined;
  readonly botOutput = new OutputTail();
  readonly playgroundOutput = new OutputTail();
  private closed = false;
  private readonly killOnExit = () => {
    // Last resort when the test process ends without close(): no process may outlive the run.
    for (const { child, group } of this.children) {
      if (exited(child) || child.pid === undefined) continue;
      try {
        process.kill(group ? -child.pid : child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };

  constructor() {
    process.once('exit', this.killOnExit);
  }

  /** The playground's page (for assertions the helpers below do not cover). */
  get browserPage(): Page {
    if (!this.page) throw new Error('The playground page is not open');
    return this.page;
  }

  async start(options: PlaygroundOptions): Promise<void> {
    const executablePath = findChromium();
    const port = await freePort();
    const botUrl = `http://127.0.0.1:${port}`;
    await this.startBot(port, options);
    await waitForHealthy(`${botUrl}/healthz`, this.children[0]!.child, this.botOutput);

    const playground = await startAgentsPlayground({
      botEndpoint: `${botUrl}/api/messages`,
      port: 0,
      cwd: this.tempDir('jos-playground-'), // its log and mock-data file stay out of the checkout
      onOutput: (text) => this.playgroundOutput.add(text),
    });
    this.children.push({ child: playground.child, group: false });

    this.context = await chromium.launchPersistentContext(this.tempDir('jos-chromium-'), {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
    });
    // Only this machine: the playground's web fonts come from a CDN, which CI cannot and need not reach.
    await this.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    this.page.setDefaultTimeout(REPLY_TIMEOUT_MS);
    await this.page.goto(playground.url);
    await this.messageBox().waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT_MS });
  }

  private tempDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.tempDirs.push(dir);
    return dir;
  }

  private async startBot(port: number, options: PlaygroundOptions): Promise<void> {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.PUBLIC_BASE_URL;
    for (const name of BLANKED_BOT_ENV) env[name] = '';
    Object.assign(env, {
      PORT: String(port),
      DATA_DIR: this.tempDir('jos-e2e-data-'),
      PEOPLE_FILE: join(this.tempDirs.at(-1)!, 'people.yaml'), // none: only the demo people of local mode
      LOCAL_ROLES: options.localRoles ?? 'mentor',
      LOCAL_SCHOOL: options.localSchool ?? '',
      LOG_LEVEL: 'info',
      ...options.env,
    });
    // Its own process group: tsx runs the bot in a grandchild process, and stopping must reach it too.
    const bot = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['bot/main.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.children.push({ child: bot, group: true });
    bot.stdout!.on('data', (data: Buffer) => this.botOutput.add(data.toString()));
    bot.stderr!.on('data', (data: Buffer) => this.botOutput.add(data.toString()));
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

  /** Waits for the newest card that shows `text`, and returns it. On a timeout the error shows what the page and bot did. */
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

  /** Saves a full-page screenshot as test/e2e/screenshots/<name>.png (git-ignored) and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.browserPage.screenshot({ path, fullPage: true });
    return path;
  }

  /** What the cards show, the playground's log panel (every activity with its HTTP status) and the bot's last output. */
  async diagnostics(): Promise<string> {
    const cardTexts = await this.cards()
      .allInnerTexts()
      .catch(() => []);
    // Each log line starts with a time stamp like "[7:25:26 PM]"; its parent holds the whole line.
    const logLines = await this.browserPage
      .getByText(/^\[\d{1,2}:\d{2}:\d{2}/)
      .locator('..')
      .allInnerTexts()
      .catch(() => ['(log panel not readable)']);
    return [
      `Cards on the page:\n${cardTexts.map((text, i) => `  [${i}] ${text.replace(/\s+/g, ' ')}`).join('\n') || '  (none)'}`,
      `Playground log panel:\n${logLines.join('\n')}`,
      `Bot output:\n${this.botOutput}`,
    ].join('\n\n');
  }

  /** Stops the browser, the playground and the bot, and removes the temporary directories. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.context?.close().catch(() => undefined);
    for (const { child, group } of [...this.children].reverse()) await stopProcess(child, group);
    process.removeListener('exit', this.killOnExit);
    for (const dir of this.tempDirs) rmSync(dir, { recursive: true, force: true });
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
