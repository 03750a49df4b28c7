import { authConfigFromEnv, issueToken } from '@icssi/gateway';
import { type Region, type Role } from '@icssi/platform';

/** A development token (the gateway's HS256 secret) for a role, as `npm run token` would issue. */
export async function bearer(role: Role, region: Region | null = null, expiresIn = '10m'): Promise<Record<string, string>> {
  const token = await issueToken(authConfigFromEnv(), { subject: `test-${role.toLowerCase()}`, roles: [role], region, expiresIn });
  return { authorization: `Bearer ${token}` };
}
