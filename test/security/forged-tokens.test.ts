import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../bot/startBot';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = '99999999-8888-7777-6666-555555555555';
const INTERNALS = /botframework\.com|ENOTFOUND|ECONNREFUSED|getaddrinfo|request to|Error|at \w+ \(|kid|signature|jwt/i;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT that looks like one from the Bot Framework, signed with a key of the attacker's choosing. */
function forgeToken(key: KeyObject, kid: string): string {
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${base64url({ alg: 'RS256', typ: 'JWT', kid })}.${base64url({
    iss: 'https://api.botframework.com',
    aud: APP_ID,
    nbf: now - 60,
    exp: now + 3600,
    serviceurl: 'https://smba.trafficmanager.net/emea/',
  })}`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), key).toString('base64url')}`;
}

const activity = {
  type: 'message',
  text: 'help',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  from: { id: '29:user', aadObjectId: 'user' },
  recipient: { id: `28:${APP_ID}` },
  conversation: { id: 'conversation', tenantId: TENANT },
};

async function postSigned(url: string, token: string) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(activity),
  });
  return { status: response.status, text: await response.text() };
}

async function teamsBot(metadataUrl: string): Promise<RunningBot> {
  return startBot(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'jos-forged-')),
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: TENANT,
      BotOpenIdMetadata: metadataUrl,
    }),
  );
}

describe('Teams mode and forged tokens (finding 12)', () => {
  const real = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let keyServer: Server;
  let keyServerUrl = '';
  let withKeys: RunningBot;
  let withoutKeys: RunningBot;

  beforeAll(async () => {
    // The Bot Framework's key metadata, served locally: one real signing key, published for the msteams channel.
    keyServer = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/openid') {
        res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${keyServerUrl}/keys` }));
      } else {
        res.end(JSON.stringify({ keys: [{ ...real.publicKey.export({ format: 'jwk' }), kid: 'real-key', use: 'sig', endorsements: ['msteams'] }] }));
      }
    });
    await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
    const address = keyServer.address();
    keyServerUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    withKeys = await teamsBot(`${keyServerUrl}/openid`);
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    withoutKeys = await teamsBot('http://127.0.0.1:9/openid');
  });
  afterAll(async () => {
    await withKeys?.close();
    await withoutKeys?.close();
    await new Promise<void>((resolve) => (keyServer ? keyServer.close(() => resolve()) : resolve()));
  });

  it('answers 401 to a token signed with another key, with a body that names no internals', async () => {
    for (const kid of ['real-key', 'unknown-key']) {
      const { status, text } = await postSigned(withKeys.url, forgeToken(attacker.privateKey, kid));
      expect(status, kid).toBe(401);
      expect(text).not.toMatch(INTERNALS);
    }
  });

  it('answers 503 when the signing keys cannot be fetched, with a body that names no internals', async () => {
    const { status, text } = await postSigned(withoutKeys.url, forgeToken(attacker.privateKey, 'real-key'));
    expect(status).toBe(503);
    expect(text).not.toMatch(INTERNALS);
    expect((await fetch(`${withoutKeys.url}/healthz`)).status).toBe(200);
  });
});
