import type { TeamsAdapter } from '@microsoft/teams-ai';
import {
  AuthenticationConstants,
  type AuthenticateRequestResult,
  type BotFrameworkAuthentication,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { LruMap } from '../../src/lru';

/** Distinct (app id, audience, service URL) a bot talks to: Teams has a few regional service URLs. */
const CLIENTS_KEPT = 50;

/** Promises of clients by key, least recently used out; a failed creation is not kept, so the next turn tries again. */
class ClientCache<T> {
  private readonly clients = new LruMap<string, Promise<T>>(CLIENTS_KEPT);

  get(key: string, create: () => Promise<T>): Promise<T> {
    const kept = this.clients.get(key);
    if (kept) return kept;
    const client = create();
    client.catch(() => this.clients.peek(key) === client && this.clients.delete(key));
    this.clients.set(key, client);
    return client;
  }
}

/** The app id the SDK takes from a request's claims (botframework-connector's `getAppId`). */
const appIdOf = (claims: ClaimsIdentity): string =>
  claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

/**
 * The SDK's CloudAdapter builds a new Bot Connector client (with its credentials and an HTTP pipeline of a dozen
 * policies) and a new user-token client for every incoming activity, about a tenth of a turn's CPU, even when the turn
 * answers in the HTTP response (`expectReplies`, card clicks) and never calls out. These clients hold no per-turn state
 * (the credentials fetch and renew their own token), so the same bot, audience and service URL get the same client
 * back, as the SDK's older BotFrameworkAdapter did. Proactive sends (`continueConversationAsync`) are untouched.
 */
export function reuseConnectorClients(adapter: TeamsAdapter): void {
  // Protected in the SDK; CloudAdapterBase.processActivity calls these two for every request.
  const auth = (adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication }).botFrameworkAuthentication;
  const connectors = new ClientCache<ConnectorClient>();
  const userTokens = new ClientCache<UserTokenClient>();

  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader): Promise<AuthenticateRequestResult> => {
    const result = await authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    // ConnectorFactoryImpl keeps the app id it creates clients for (undefined without credentials); another factory is left as it is.
    if (!factory || !('appId' in factory)) return result;
    const appId = (factory as { appId?: string }).appId;
    const reusing: ConnectorFactory = {
      create: (serviceUrl: string, audience?: string) =>
        connectors.get(`${appId ?? ''}\n${audience ?? ''}\n${serviceUrl}`, () => factory.create(serviceUrl, audience)),
    };
    return { ...result, connectorFactory: reusing };
  };

  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (claims) => userTokens.get(appIdOf(claims), () => createUserTokenClient(claims));
}
