import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { type KeyLike, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { ANONYMOUS_VIEWER, HttpError, Region, Role } from '@icssi/platform';
import { createTokenVerifier } from '../src/auth/verify-token';

/** Production identity: tokens signed by an identity provider, verified against its JWKS URL. */
describe('JWKS verification', () => {
  let server: http.Server;
  let jwksUrl: string;
  let privateKey: KeyLike;
  let requests = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey as KeyLike;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = http.createServer((_request, response) => {
      requests += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const sign = (claims: Record<string, unknown>, key: KeyLike = privateKey, expires = '5m') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('editor-erbil')
      .setIssuer('icssi-idp')
      .setAudience('icssi-graph')
      .setExpirationTime(expires)
      .sign(key);

  it('accepts a token signed by the provider and reads roles and region', async () => {
    const verify = createTokenVerifier({ jwksUrl, issuer: 'icssi-idp', audience: 'icssi-graph' });
    const token = await sign({ roles: ['EDITOR'], region: 'KURDISTAN_REGION' });
    expect(await verify(`Bearer ${token}`)).toEqual({ id: 'editor-erbil', roles: [Role.EDITOR], region: Region.KURDISTAN_REGION });
    expect(await verify(undefined)).toBe(ANONYMOUS_VIEWER);
    expect(requests).toBeGreaterThan(0);
  });

  it('refuses a token signed by another key, for another audience, expired, or an editor without region', async () => {
    const verify = createTokenVerifier({ jwksUrl, issuer: 'icssi-idp', audience: 'icssi-graph' });
    const other = (await generateKeyPair('RS256')).privateKey as KeyLike;
    const bad = [
      await sign({ roles: ['ADMIN'] }, other),
      await new SignJWT({ roles: ['ADMIN'] })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('x')
        .setIssuer('icssi-idp')
        .setAudience('someone-else')
        .setExpirationTime('5m')
        .sign(privateKey),
      await sign({ roles: ['ADMIN'] }, privateKey, '-1m'),
      await sign({ roles: ['EDITOR'] }),
      await sign({ roles: ['SUPERUSER'] }),
    ];
    for (const token of bad) {
      await expect(verify(`Bearer ${token}`)).rejects.toBeInstanceOf(HttpError);
      await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ status: 401 });
    }
  });
});
