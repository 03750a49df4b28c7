import { Badge } from '../components/common';
import { Localized } from '../components/localized';
import { RecommendationList } from '../components/recommendation-list';
import { type Page, type PageOutcome, fromResult } from './page';

/** Search across the graph: a plain GET form, results the site can link to. */
export const searchPage: Page<{ query: string }> = async (ctx, graph, { query }) => {
  const t = ctx.t;
  const form = (
    <form class="search" method="get" action={ctx.href('/search')} role="search">
      <label for="q">{t.searchLabel}</label>
      <input id="q" name="q" type="search" value={query} maxlength={200} dir="auto" />
      <button type="submit">{t.searchButton}</button>
      <p class="meta">{t.searchHint}</p>
    </form>
  );
  const base: Omit<PageOutcome, 'body' | 'cacheControl' | 'partial'> = {
    status: 200,
    title: query ? t.searchResultsFor(query) : t.search,
    path: query ? `/search?q=${encodeURIComponent(query)}` : '/search',
  };
  // A blank search is not a question for the graph.
  if (!query)
    return {
      ...base,
      cacheControl: 'public, max-age=3600',
      partial: false,
      body: (
        <>
          <h1>{t.search}</h1>
          {form}
        </>
      ),
    };
  const result = await graph.query('SiteSearch', { query }, ctx.locale);
  const { governorates, workingGroups, campaigns, forumSeasons, forumSessions, cohesionCouncils, recommendations } = result.data.search;
  const found = [governorates, workingGroups, campaigns, forumSeasons, forumSessions, cohesionCouncils, recommendations].reduce(
    (sum, list) => sum + (list?.totalCount ?? 0),
    0,
  );
  return {
    ...base,
    ...fromResult(result),
    body: (
      <>
        <h1>{t.search}</h1>
        {form}
        <h2>
          {t.searchResults}: <bdi>{query}</bdi>
        </h2>
        {found === 0 ? <p>{t.noResults}</p> : null}
        {governorates.nodes.length ? (
          <section aria-labelledby="found-governorates">
            <h3 id="found-governorates">{t.governorates}</h3>
            <ul>
              {governorates.nodes.map((governorate) => (
                <li>
                  <a href={ctx.href(`/governorates/${governorate.code}`)}>
                    <Localized ctx={ctx} text={ctx.text(governorate.nameText)} />
                  </a>{' '}
                  <span class="meta">{ctx.labels.of('Region', governorate.region)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {workingGroups.nodes.length ? (
          <section aria-labelledby="found-groups">
            <h3 id="found-groups">{t.workingGroups}</h3>
            <ul>
              {workingGroups.nodes.map((group) => (
                <li>
                  {group.region === ctx.site.region ? (
                    <a href={ctx.href(`/working-groups/${group.slug}`)}>
                      <Localized ctx={ctx} text={ctx.text(group.nameText)} />
                    </a>
                  ) : (
                    <Localized ctx={ctx} text={ctx.text(group.nameText)} />
                  )}{' '}
                  <span class="meta">{ctx.labels.of('Region', group.region)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {campaigns && campaigns.nodes.length ? (
          <section aria-labelledby="found-campaigns">
            <h3 id="found-campaigns">{t.campaigns}</h3>
            <ul>
              {campaigns.nodes.map((campaign) => (
                <li>
                  <a href={ctx.href(`/campaigns/${campaign.slug}`)}>
                    <Localized ctx={ctx} text={ctx.text(campaign.titleText)} />
                  </a>{' '}
                  <Badge ctx={ctx} of="CampaignStatus" value={campaign.status} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {forumSeasons && forumSeasons.nodes.length ? (
          <section aria-labelledby="found-seasons">
            <h3 id="found-seasons">{t.otherSeasons}</h3>
            <ul>
              {forumSeasons.nodes.map((season) => (
                <li>
                  <a href={ctx.href(`/forum-seasons/${season.id}`)}>
                    {season.forum ? <Localized ctx={ctx} text={ctx.text(season.forum.nameText)} /> : null} —{' '}
                    {t.season(ctx.number(season.number), ctx.year(season.year))}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {forumSessions && forumSessions.nodes.length ? (
          <section aria-labelledby="found-sessions">
            <h3 id="found-sessions">{t.sessions}</h3>
            <ul>
              {forumSessions.nodes.map((session) => (
                <li>
                  {session.season ? (
                    <a href={ctx.href(`/forum-seasons/${session.season.id}`)}>
                      <Localized ctx={ctx} text={ctx.text(session.titleText)} />
                    </a>
                  ) : (
                    <Localized ctx={ctx} text={ctx.text(session.titleText)} />
                  )}
                  {session.season ? (
                    <span class="meta"> — {t.season(ctx.number(session.season.number), ctx.year(session.season.year))}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {cohesionCouncils && cohesionCouncils.nodes.length ? (
          <section aria-labelledby="found-councils">
            <h3 id="found-councils">{t.councils}</h3>
            <ul>
              {cohesionCouncils.nodes.map((council) => (
                <li>
                  <a href={ctx.href(`/governorates/${council.governorate.code}`)}>
                    <Localized ctx={ctx} text={ctx.text(council.nameText)} />
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {recommendations && recommendations.nodes.length ? (
          <section aria-labelledby="found-recommendations">
            <h3 id="found-recommendations">{t.recommendations}</h3>
            <RecommendationList ctx={ctx} recommendations={recommendations.nodes} />
          </section>
        ) : null}
      </>
    ),
  };
};
