import { postGraphql } from './test-subgraph';

interface ConnectionPage<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

/**
 * Walks a connection page by page (`first` items each) and returns every page, checking on the way
 * that pages do not overlap and that totalCount stays the same.
 */
export async function walkPages<T>(
  url: string,
  headers: Record<string, string>,
  query: string,
  pick: (data: Record<string, unknown>) => ConnectionPage<T>,
  first: number,
  variables: Record<string, unknown> = {},
): Promise<Array<ConnectionPage<T>>> {
  const pages: Array<ConnectionPage<T>> = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i += 1) {
    const { body } = await postGraphql(url, query, { ...variables, first, after }, headers);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const page = pick(body.data as Record<string, unknown>);
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
  throw new Error('connection did not end after 100 pages');
}
