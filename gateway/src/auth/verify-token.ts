import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ANONYMOUS_VIEWER, HttpError, Region, Role, type Viewer } from '@icssi/platform';
import { type AuthConfig } from './auth-config';

const ROLES = new Set<string>(Object.values(Role));
const REGIONS = new Set<string>(Object.values(Region));

function unauthenticated(message: string): HttpError {
  return new HttpError(401, 'UNAUTHENTICATED', message);
}

/** The viewer a verified token describes: roles from the `roles` claim, the region of an editor. */
function viewerOf(payload: JWTPayload): Viewer {
  const roles = Array.isArray(payload.roles)
    ? payload.roles.filter((role): role is Role => typeof role === 'string' && ROLES.has(role))
    : [];
  if (!payload.sub || roles.length === 0) throw unauthenticated('The token names no subject or no known role');
  const region = typeof payload.region === 'string' && REGIONS.has(payload.region) ? (payload.region as Region) : null;
  if (roles.includes(Role.EDITOR) && !region) throw unauthenticated('An editor token must name a region');
  return { id: payload.sub, roles, region };
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

/**
 * No Authorization header: the public viewer. A header that is not a valid, unexpired token from
 * our issuer for our audience: 401, never a silent downgrade to public.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 3000 })
    : new TextEncoder().encode(config.secret);
  const algorithms = config.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'];
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS_VIEWER;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization.trim());
    if (!match || authorization.length > 8192) throw unauthenticated('Send a bearer token: Authorization: Bearer <token>');
    try {
      const { payload } = await jwtVerify(match[1], key as Uint8Array, {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: 30,
        requiredClaims: ['exp', 'sub'],
      });
      return viewerOf(payload);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw unauthenticated('The token is invalid or expired');
    }
  };
}
