import { systemCallHeaders } from '../lockdown/lockdown-transport';

/**
 * Checks that records another subgraph owns exist, before a mutation refers to them by key.
 * A subgraph never reads another's database: it asks the owner through `_entities`, signed like
 * a gateway request (the system viewer, with custodian rights, so lockdown does not hide a record
 * that exists). Decided for issue #5: a signed internal call, not a round trip through the gateway.
 */
export class ReferenceChecker {
  constructor(
    private readonly secret: string,
    /** Owner subgraph name → its GraphQL URL. */
    readonly urls: Record<string, string>,
  ) {}

  /** The keys among `keys` that exist as `typename` in the owner subgraph. */
  async existing(owner: string, typename: string, keyField: 'id' | 'code', keys: readonly string[]): Promise<Set<string>> {
    return new Set((await this.lookup(owner, typename, keyField, keys, keyField)).keys());
  }

  /** The records that exist, by key, with the fields in `selection` (e.g. "code region"). */
  async lookup(
    owner: string,
    typename: string,
    keyField: 'id' | 'code',
    keys: readonly string[],
    selection: string,
  ): Promise<Map<string, Record<string, unknown>>> {
    if (keys.length === 0) return new Map();
    const url = this.urls[owner];
    if (!url) throw new Error(`no URL for the ${owner} subgraph`);
    const request = JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${keyField} ${selection} } } }`,
      variables: { r: keys.map((key) => ({ __typename: typename, [keyField]: key })) },
    });
    const response = await fetch(url, {
      method: 'POST',
      // The system identity, signed for the owner subgraph and this one body.
      headers: systemCallHeaders(owner, 'POST', url, request, this.secret, 'reference-check'),
      body: request,
      signal: AbortSignal.timeout(3000),
    });
    const body = (await response.json()) as { data?: { _entities?: Array<Record<string, unknown> | null> }; errors?: unknown[] };
    if (!response.ok || !body.data?._entities) throw new Error(`reference check at ${owner} failed (HTTP ${response.status})`);
    const found = body.data._entities.filter((entity): entity is Record<string, unknown> => Boolean(entity));
    return new Map(found.map((entity) => [String(entity[keyField]), entity]));
  }
}
