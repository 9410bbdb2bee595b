import { z } from 'zod/v4';
import { ConfigError } from '../src/config';

/**
 * manifests/manifest.json holds `${{NAME}}` placeholders for everything that differs per deployment.
 * Each is filled from the environment variable of the same name, or from the listed fallback.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;
const httpsUrl = z.url({ protocol: /^https$/, error: 'moet een https-adres zijn' });

const manifestValuesSchema = z.object({
  TEAMS_APP_ID: z.string().regex(GUID, 'moet een GUID zijn (het id van de Teams-app)'),
  BOT_ID: z.string().regex(GUID, 'moet een GUID zijn (de MicrosoftAppId van de bot)'),
  BOT_DOMAIN: z.string().regex(HOST_NAME, 'moet een hostnaam zijn, zonder https:// en zonder pad (bijv. jos.example.nl)'),
  APP_VERSION: z.string().regex(SEMVER, 'moet een versie als 1.2.3 zijn'),
  DEVELOPER_WEBSITE_URL: httpsUrl,
  PRIVACY_URL: httpsUrl,
  TERMS_OF_USE_URL: httpsUrl,
});

export type ManifestValues = z.infer<typeof manifestValuesSchema>;
type ManifestVariable = keyof ManifestValues;

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Fallbacks for values a deployment already sets for the bot itself. */
function fallbacks(env: NodeJS.ProcessEnv, appVersion: string): Partial<Record<ManifestVariable, string>> {
  return {
    BOT_ID: env.MicrosoftAppId,
    BOT_DOMAIN: hostOf(env.PUBLIC_BASE_URL),
    APP_VERSION: appVersion,
  };
}

/** Reads the placeholder values; throws a ConfigError naming the first missing or invalid variable. */
export function manifestValuesFromEnv(env: NodeJS.ProcessEnv, appVersion: string): ManifestValues {
  const fallback = fallbacks(env, appVersion);
  const values: Partial<ManifestValues> = {};
  for (const [name, schema] of Object.entries(manifestValuesSchema.shape) as [ManifestVariable, z.ZodString][]) {
    const value = env[name]?.trim() || fallback[name];
    if (!value) throw new ConfigError(name, 'ontbreekt in de omgeving (of in .env)');
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new ConfigError(name, `${parsed.error.issues[0]!.message} (nu: "${value}")`);
    values[name] = parsed.data;
  }
  return values as ManifestValues;
}

/** Replaces every `${{NAME}}` in the manifest text; a placeholder without a value is an error, not a leftover. */
export function fillManifest(template: string, values: ManifestValues): string {
  return template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new ConfigError(name, 'staat in manifest.json maar is geen bekende variabele');
    // JSON-escape the value: it lands inside a JSON string.
    return JSON.stringify(values[name as ManifestVariable]).slice(1, -1);
  });
}
