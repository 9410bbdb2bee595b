/**
 * A real IMAP server for tests: Debian's dovecot-imapd, started on a free loopback port with a temporary
 * configuration, mail directory and one test user (plaintext login, no TLS), stopped by `stop()`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { freePort } from './net';

const DOVECOT_PATHS = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];

export interface StoredMessage {
  uid: number;
  flags: string[];
  messageId: string | undefined;
}

export interface Dovecot {
  port: number;
  user: string;
  password: string;
  /** Appends a raw message to INBOX (as a mail server delivering it would). */
  append(raw: string): Promise<void>;
  /** Every message in INBOX with its flags, in UID order. */
  messages(): Promise<StoredMessage[]>;
  /** Takes flags off a message (to stage a bot that stopped between saving and flagging). */
  removeFlags(uid: number, flags: string[]): Promise<void>;
  stop(): Promise<void>;
}

function dovecotBinary(): string {
  const found = DOVECOT_PATHS.find((path) => existsSync(path));
  if (!found) throw new Error('dovecot is not installed: run `apt-get install -y dovecot-imapd` (.ci/run installs it when missing)');
  return found;
}


async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`dovecot stopped at start-up: ${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`dovecot did not listen on ${port}: ${output()}`);
}

/** Dovecot refuses to run login and mail processes as root: then its own system users (from the package) are used. */
function accounts(): { login: string; internal: string; group: string; mailUid: number; mailGid: number } {
  const me = userInfo();
  if (me.uid !== 0) {
    const group = execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
    return { login: me.username, internal: me.username, group, mailUid: me.uid, mailGid: me.gid };
  }
  const id = (flag: string) => Number(execFileSync('id', [flag, 'dovecot'], { encoding: 'utf8' }).trim());
  return { login: 'dovenull', internal: 'dovecot', group: 'dovecot', mailUid: id('-u'), mailGid: id('-g') };
}

export async function startDovecot(): Promise<Dovecot> {
  const binary = dovecotBinary();
  const dir = mkdtempSync(join(tmpdir(), 'jos-dovecot-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const user = 'organizer@jos.example.org';
  const password = 'test-wachtwoord';
  const who = accounts();
  const mail = join(dir, 'mail');
  mkdirSync(mail);
  chownSync(mail, who.mailUid, who.mailGid);
  writeFileSync(join(dir, 'users'), `${user}:{PLAIN}${password}::::::\n`, { mode: 0o644 });
  writeFileSync(
    join(dir, 'dovecot.conf'),
    [
      `base_dir = ${join(dir, 'run')}`,
      `state_dir = ${join(dir, 'state')}`,
      `log_path = ${join(dir, 'dovecot.log')}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `default_internal_user = ${who.internal}`,
      `default_internal_group = ${who.group}`,
      `default_login_user = ${who.login}`,
      'first_valid_uid = 0',
      `mail_location = maildir:${mail}/%u`,
      'passdb {',
      '  driver = passwd-file',
      `  args = scheme=PLAIN username_format=%u ${join(dir, 'users')}`,
      '}',
      'userdb {',
      '  driver = static',
      `  args = uid=${who.mailUid} gid=${who.mailGid} home=${mail}/%u`,
      '}',
      'service imap-login {',
      '  chroot =',
      '  inet_listener imap {',
      '    address = 127.0.0.1',
      `    port = ${port}`,
      '  }',
      '}',
      'service anvil {',
      '  chroot =',
      '}',
      '',
    ].join('\n'),
  );
  let output = '';
  const child = spawn(binary, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  await waitForPort(port, child, () => output);

  const withClient = async <T>(work: (client: ImapFlow) => Promise<T>): Promise<T> => {
    const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user, pass: password }, logger: false });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout();
    }
  };

  return {
    port,
    user,
    password,
    append: (raw) => withClient(async (client) => void (await client.append('INBOX', raw))),
    messages: () =>
      withClient(async (client) => {
        const lock = await client.getMailboxLock('INBOX');
        try {
          const found: StoredMessage[] = [];
          if (!client.mailbox || client.mailbox.exists === 0) return found;
          for await (const message of client.fetch('1:*', { uid: true, flags: true, envelope: true })) {
            found.push({ uid: message.uid, flags: [...(message.flags ?? [])].sort(), messageId: message.envelope?.messageId });
          }
          return found.sort((a, b) => a.uid - b.uid);
        } finally {
          lock.release();
        }
      }),
    removeFlags: (uid, flags) =>
      withClient(async (client) => {
        const lock = await client.getMailboxLock('INBOX');
        try {
          await client.messageFlagsRemove(String(uid), flags, { uid: true });
        } finally {
          lock.release();
        }
      }),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
