import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory, type Activity } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { reuseConnectorClients } from '../../bot/http/connectorReuse';

const activity = (serviceUrl: string) => ({ type: 'message', channelId: 'msteams', serviceUrl }) as Activity;

/** What CloudAdapter does for every incoming request: authenticate, then create both clients for the turn. */
async function clientsOfOneRequest(auth: BotFrameworkAuthentication, serviceUrl: string) {
  const result = await auth.authenticateRequest(activity(serviceUrl), '');
  return {
    connector: await result.connectorFactory!.create(serviceUrl, result.audience),
    userToken: await auth.createUserTokenClient(result.claimsIdentity),
  };
}

describe('Bot Connector clients across requests (bot/http/connectorReuse.ts)', () => {
  it('hands every request to the same service URL the same clients; another service URL gets its own connector', async () => {
    const adapter = new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory({}));
    reuseConnectorClients(adapter);
    const auth = (adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication }).botFrameworkAuthentication;
    const first = await clientsOfOneRequest(auth, 'http://127.0.0.1:1/');
    const second = await clientsOfOneRequest(auth, 'http://127.0.0.1:1/');
    const elsewhere = await clientsOfOneRequest(auth, 'http://127.0.0.1:2/');
    expect(second.connector).toBe(first.connector);
    expect(second.userToken).toBe(first.userToken);
    expect(elsewhere.connector).not.toBe(first.connector);
    expect((elsewhere.connector as unknown as { baseUri: string }).baseUri).toBe('http://127.0.0.1:2/');
  });

  it('keeps at most 50 service URLs, least recently used out', async () => {
    const adapter = new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory({}));
    reuseConnectorClients(adapter);
    const auth = (adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication }).botFrameworkAuthentication;
    const oldest = await clientsOfOneRequest(auth, 'http://127.0.0.1:1000/');
    for (let port = 1001; port <= 1050; port += 1) await clientsOfOneRequest(auth, `http://127.0.0.1:${port}/`);
    expect((await clientsOfOneRequest(auth, 'http://127.0.0.1:1050/')).connector).toBeDefined();
    expect((await clientsOfOneRequest(auth, 'http://127.0.0.1:1000/')).connector).not.toBe(oldest.connector);
  });
});
