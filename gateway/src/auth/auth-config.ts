import { envOptional, envString, isProduction } from '@icssi/platform';

const DEVELOPMENT_JWT_SECRET = 'icssi-development-jwt-secret-not-for-production';

export interface AuthConfig {
  /** HS256 secret (development and tests). */
  secret?: string;
  /** JWKS URL of the identity provider (production); takes precedence over the secret. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

/** From the environment; in production a JWKS URL or an explicit JWT_SECRET is required. */
export function authConfigFromEnv(): AuthConfig {
  const jwksUrl = envOptional('JWKS_URL');
  const secret = envOptional('JWT_SECRET');
  if (isProduction() && !jwksUrl && !secret) throw new Error('Set JWKS_URL (or JWT_SECRET) in production');
  return {
    jwksUrl,
    secret: jwksUrl ? undefined : (secret ?? DEVELOPMENT_JWT_SECRET),
    issuer: envString('JWT_ISSUER', 'icssi-graph'),
    audience: envString('JWT_AUDIENCE', 'icssi-graph'),
  };
}
