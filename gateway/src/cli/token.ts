import { parseArgs } from 'node:util';
import { Region, Role } from '@icssi/platform';
import { authConfigFromEnv } from '../auth/auth-config';
import { issueToken } from '../auth/issue-token';

/** `npm run token -- --role EDITOR --region KURDISTAN_REGION [--sub editor-erbil] [--expires 8h]` */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      region: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const roles = (values.role ?? []).map((role) => role.toUpperCase());
  const unknown = roles.filter((role) => !(Object.values(Role) as string[]).includes(role));
  if (roles.length === 0 || unknown.length) {
    throw new Error(`--role must be one of ${Object.values(Role).join(', ')} (repeat it for several)`);
  }
  const region = values.region?.toUpperCase();
  if (region && !(Object.values(Region) as string[]).includes(region))
    throw new Error(`--region must be one of ${Object.values(Region).join(', ')}`);
  if (roles.includes(Role.EDITOR) && !region) throw new Error('An EDITOR token needs --region');
  const token = await issueToken(authConfigFromEnv(), {
    subject: values.sub ?? `dev-${roles.join('-').toLowerCase()}${region ? `-${region.toLowerCase()}` : ''}`,
    roles: roles as Role[],
    region: (region as Region) ?? null,
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
