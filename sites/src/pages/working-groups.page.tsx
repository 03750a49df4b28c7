import { Badge, Themes } from '../components/common';
import { Localized } from '../components/localized';
import type { Theme } from '../graph/generated/operations';
import { type Page, fromResult } from './page';

export const THEMES: readonly Theme[] = [
  'TRANSPARENCY',
  'PEACEBUILDING',
  'DEMOCRATIC_GOVERNANCE',
  'WOMENS_PARTICIPATION',
  'FREEDOM_OF_EXPRESSION',
  'HUMAN_RIGHTS',
  'CIVIL_PEACE_AND_COEXISTENCE',
  'YOUTH_PARTICIPATION',
];

export interface WorkingGroupsParams {
  theme: Theme | null;
  after: string | null;
}

/** The working-groups directory: a page at a time (a plain "next page" link), filtered by theme with a plain form. */
export const workingGroupsPage: Page<WorkingGroupsParams> = async (ctx, graph, { theme, after }) => {
  const result = await graph.query(
    'SiteWorkingGroups',
    { region: ctx.site.region, theme, first: ctx.site.workingGroupsPageSize, after },
    ctx.locale,
  );
  const { workingGroups } = result.data;
  const t = ctx.t;
  const query = (cursor: string | null): string => {
    const search = new URLSearchParams();
    if (theme) search.set('theme', theme);
    if (cursor) search.set('after', cursor);
    const text = search.toString();
    return ctx.href(`/working-groups${text ? `?${text}` : ''}`);
  };
  return {
    status: 200,
    title: t.workingGroups,
    path: '/working-groups',
    ...fromResult(result),
    body: (
      <>
        <h1>{t.workingGroups}</h1>
        <form class="filter" method="get" action={ctx.href('/working-groups')}>
          <label for="theme">{t.theme}</label>
          <select id="theme" name="theme">
            <option value="">{t.allThemes}</option>
            {THEMES.map((value) => (
              <option value={value} selected={value === theme}>
                {ctx.labels.of('Theme', value)}
              </option>
            ))}
          </select>
          <button type="submit">{t.showGroups}</button>
        </form>
        <p class="meta">{t.groupsCount(ctx.number(workingGroups.totalCount))}</p>
        <ul class="cards">
          {workingGroups.nodes.map((group) => (
            <li class="card">
              <h2>
                <a href={ctx.href(`/working-groups/${group.slug}`)}>
                  <Localized ctx={ctx} text={ctx.text(group.nameText)} />
                </a>
              </h2>
              <p class="meta">
                <Badge ctx={ctx} of="WorkingGroupStatus" value={group.status} />
                {group.foundedOn ? (
                  <>
                    {' '}
                    · {t.founded}: <time datetime={group.foundedOn}>{ctx.date(group.foundedOn)}</time>
                  </>
                ) : null}
                {group.campaigns ? ` · ${t.campaigns}: ${ctx.number(group.campaigns.totalCount)}` : null}
              </p>
              <Themes ctx={ctx} themes={group.themes} />
            </li>
          ))}
        </ul>
        <nav class="pager" aria-label={t.workingGroups}>
          {after ? (
            <a href={query(null)} rel="first">
              {t.firstPage}
            </a>
          ) : null}
          {workingGroups.pageInfo.hasNextPage && workingGroups.pageInfo.endCursor ? (
            <a href={query(workingGroups.pageInfo.endCursor)} rel="next">
              {t.nextPage}
            </a>
          ) : null}
        </nav>
      </>
    ),
  };
};
