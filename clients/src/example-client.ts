import type * as Operations from './generated/operations';
import type { PersistedQueryManifest } from './persisted-manifest';

/** Each frontend operation with the result and variable types graphql-codegen generated for it. */
export interface ClientOperations {
  FederalWorkingGroupsPage: { data: Operations.FederalWorkingGroupsPageQuery; variables: Operations.FederalWorkingGroupsPageQueryVariables };
  FederalCampaignPage: { data: Operations.FederalCampaignPageQuery; variables: Operations.FederalCampaignPageQueryVariables };
  IraqiSocialForumProgramme: { data: Operations.IraqiSocialForumProgrammeQuery; variables: Operations.IraqiSocialForumProgrammeQueryVariables };
  KurdistanWorkingGroupsPage: { data: Operations.KurdistanWorkingGroupsPageQuery; variables: Operations.KurdistanWorkingGroupsPageQueryVariables };
  KurdistanCampaignsByTheme: { data: Operations.KurdistanCampaignsByThemeQuery; variables: Operations.KurdistanCampaignsByThemeQueryVariables };
  KurdistanGovernoratePage: { data: Operations.KurdistanGovernoratePageQuery; variables: Operations.KurdistanGovernoratePageQueryVariables };
}

export interface ClientOptions {
  /** The gateway endpoint, e.g. https://graph.example.org/graphql. */
  url: string;
  /** clients/persisted-operations.json, bundled with the frontend. */
  manifest: PersistedQueryManifest;
  /** The reader's language: ar, ckb, kmr or en. */
  locale: string;
  /** A signed-in user's token; without one the request is public (and cacheable). */
  token?: string;
}

export class GraphqlRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: Array<{ message: string; extensions?: { code?: string } }>,
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`);
  }
}

/**
 * A minimal typed client for the region frontends: it sends only the persisted id of an operation
 * (never its text) as a GET, so the gateway's safelist accepts it and a CDN may cache it.
 */
export class IcssiGraphClient {
  private readonly ids: Map<string, string>;

  constructor(private readonly options: ClientOptions) {
    this.ids = new Map(options.manifest.operations.map((operation) => [operation.name, operation.id]));
  }

  async query<Name extends keyof ClientOperations>(name: Name, variables: ClientOperations[Name]['variables']): Promise<ClientOperations[Name]['data']> {
    const id = this.ids.get(name);
    if (!id) throw new Error(`${name} is not in the persisted manifest: run npm run clients`);
    const search = new URLSearchParams({
      operationName: name,
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }),
    });
    const response = await fetch(`${this.options.url}?${search}`, {
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'accept-language': this.options.locale,
        // CSRF prevention at the gateway lets a GET through only with a header a form cannot send.
        'apollo-require-preflight': 'true',
        ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
      },
    });
    const body = (await response.json()) as { data?: ClientOperations[Name]['data'] | null; errors?: GraphqlRequestError['errors'] };
    if (body.errors?.length || !body.data) throw new GraphqlRequestError(response.status, body.errors ?? []);
    return body.data;
  }
}
