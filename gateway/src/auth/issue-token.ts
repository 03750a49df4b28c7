import { SignJWT } from 'jose';
import { type Region, type Role } from '@icssi/platform';
import { type AuthConfig } from './auth-config';

export interface TokenRequest {
  subject: string;
  roles: Role[];
  region?: Region | null;
  /** e.g. "8h", "15m" */
  expiresIn?: string;
}

/** Issues an HS256 development token (the identity provider does this in production). */
export async function issueToken(config: AuthConfig, request: TokenRequest): Promise<string> {
  if (!config.secret) throw new Error('Development tokens need JWT_SECRET (not JWKS_URL)');
  return new SignJWT({ roles: request.roles, ...(request.region ? { region: request.region } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(config.secret));
}
