import { Badge, DateRange, Themes } from '../components/common';
import { Localized } from '../components/localized';
import { type Page, fromResult, notFound } from './page';

/** A forum season's programme: sessions in time order, the recommendations it adopted, the forum's other seasons. */
export const forumSeasonPage: Page<{ id: string }> = async (ctx, graph, { id }) => {
  const path = `/forum-seasons/${id}`;
  const result = await graph.query('SiteForumSeason', { id }, ctx.locale);
  const season = result.data.forumSeason;
  if (!season) return notFound(ctx, path);
  const t = ctx.t;
  const forumName = season.forum ? ctx.text(season.forum.nameText) : null;
  const heading = t.season(ctx.number(season.number), ctx.year(season.year));
  const sessions = [...season.sessions.nodes].sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  return {
    status: 200,
    title: `${forumName?.value ?? t.forum} — ${heading}`,
    path,
    ...fromResult(result),
    body: (
      <article>
        <h1>
          <Localized ctx={ctx} text={forumName} /> — {heading}
        </h1>
        <Localized ctx={ctx} as="p" class="lead" text={ctx.text(season.themeText)} />
        <dl class="facts">
          <dt>{t.status}</dt>
          <dd>
            <Badge ctx={ctx} of="ForumSeasonStatus" value={season.status} />
          </dd>
          <dt>{t.dates}</dt>
          <dd>
            <DateRange ctx={ctx} from={season.startDate} to={season.endDate} />
          </dd>
          <dt>{t.place}</dt>
          <dd>
            <a href={ctx.href(`/governorates/${season.governorate.code}`)}>
              <Localized ctx={ctx} text={ctx.text(season.governorate.nameText)} />
            </a>
            {season.venueText ? (
              <>
                {' '}
                · <Localized ctx={ctx} text={ctx.text(season.venueText)} />
              </>
            ) : null}
          </dd>
        </dl>
        <section aria-labelledby="programme">
          <h2 id="programme">
            {t.programme} ({ctx.number(season.sessions.totalCount)})
          </h2>
          {sessions.length ? (
            <table class="programme">
              <thead>
                <tr>
                  <th scope="col">{t.time}</th>
                  <th scope="col">{t.sessions}</th>
                  <th scope="col">{t.format}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => (
                  <tr>
                    <td>{session.startsAt ? <time datetime={session.startsAt}>{ctx.dateTime(session.startsAt)}</time> : null}</td>
                    <td>
                      <Localized ctx={ctx} text={ctx.text(session.titleText)} />
                      <Themes ctx={ctx} themes={session.themes} />
                    </td>
                    <td>
                      <Badge ctx={ctx} of="SessionFormat" value={session.format} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t.none}</p>
          )}
        </section>
        <section aria-labelledby="recommendations">
          <h2 id="recommendations">
            {t.adoptedRecommendations} ({ctx.number(season.recommendations.totalCount)})
          </h2>
          {season.recommendations.nodes.length ? (
            <ul>
              {season.recommendations.nodes.map((recommendation) => (
                <li>
                  <Localized ctx={ctx} text={ctx.text(recommendation.titleText)} />{' '}
                  <Badge ctx={ctx} of="RecommendationStatus" value={recommendation.status} />
                  {recommendation.adoptedOn ? (
                    <>
                      {' '}
                      <time datetime={recommendation.adoptedOn}>{ctx.date(recommendation.adoptedOn)}</time>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.none}</p>
          )}
        </section>
        {season.forum ? (
          <nav aria-labelledby="seasons">
            <h2 id="seasons">{t.otherSeasons}</h2>
            <ul class="inline-list">
              {[...season.forum.seasons]
                .sort((a, b) => a.number - b.number)
                .map((other) => (
                  <li>
                    {other.id === season.id ? (
                      <span aria-current="page">{t.season(ctx.number(other.number), ctx.year(other.year))}</span>
                    ) : (
                      <a href={ctx.href(`/forum-seasons/${other.id}`)}>{t.season(ctx.number(other.number), ctx.year(other.year))}</a>
                    )}
                  </li>
                ))}
            </ul>
          </nav>
        ) : null}
      </article>
    ),
  };
};
