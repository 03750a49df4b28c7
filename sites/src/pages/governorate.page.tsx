import { Badge } from '../components/common';
import { Localized } from '../components/localized';
import { ProgressChart } from '../components/progress-chart';
import { type Page, fromResult, notFound } from './page';

/** A governorate: its cohesion councils with each implementation's progress over time, its campaigns and forum seasons. */
export const governoratePage: Page<{ code: string }> = async (ctx, graph, { code }) => {
  const path = `/governorates/${code}`;
  const result = await graph.query('SiteGovernorate', { code }, ctx.locale);
  const governorate = result.data.governorate;
  if (!governorate) return notFound(ctx, path);
  const t = ctx.t;
  const name = ctx.text(governorate.nameText);
  const councils = governorate.cohesionCouncils ?? [];
  return {
    status: 200,
    title: name?.value ?? t.governorates,
    path,
    ...fromResult(result),
    body: (
      <article>
        <Localized ctx={ctx} as="h1" text={name} />
        <p class="meta">{ctx.labels.of('Region', governorate.region)}</p>
        <section aria-labelledby="councils">
          <h2 id="councils">{t.councils}</h2>
          {councils.length ? null : <p>{t.noCouncils}</p>}
          {councils.map((council, councilIndex) => (
            <section class="council" aria-labelledby={`council-${councilIndex}`}>
              <h3 id={`council-${councilIndex}`}>
                <Localized ctx={ctx} text={ctx.text(council.nameText)} />
              </h3>
              <p class="meta">
                <Badge ctx={ctx} of="CouncilStatus" value={council.status} />
                {council.establishedOn ? (
                  <>
                    {' '}
                    · {t.established} <time datetime={council.establishedOn}>{ctx.date(council.establishedOn)}</time>
                  </>
                ) : null}
                {` · ${t.meetings}: ${ctx.number(council.meetings.totalCount)}`}
              </p>
              <ul class="implementations">
                {council.implementations.nodes.map((implementation, index) => {
                  const recommendation = implementation.recommendation ? ctx.text(implementation.recommendation.titleText) : null;
                  const indicator = implementation.indicator;
                  return (
                    <li class="card">
                      <h4>
                        <Localized ctx={ctx} text={recommendation} />
                      </h4>
                      <p class="meta">
                        <Badge ctx={ctx} of="ImplementationStatus" value={implementation.status} /> · {t.progress}:{' '}
                        {ctx.percent(implementation.progress)}
                      </p>
                      {indicator?.nameText ? (
                        <p class="meta">
                          {t.indicator}: <Localized ctx={ctx} text={ctx.text(indicator.nameText)} /> —{' '}
                          {t.baselineTargetActual(
                            ctx.number(indicator.baseline),
                            ctx.number(indicator.target),
                            ctx.number(indicator.actual),
                          )}
                        </p>
                      ) : null}
                      {implementation.updates.nodes.length ? (
                        <ProgressChart
                          ctx={ctx}
                          id={`chart-${councilIndex}-${index}`}
                          label={t.progressChartLabel(recommendation?.value ?? '')}
                          points={implementation.updates.nodes.map((update) => ({
                            reportedOn: update.reportedOn,
                            progress: update.progress,
                          }))}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              {council.meetings.nodes.length ? (
                <>
                  <h4>{t.meetings}</h4>
                  <ul>
                    {council.meetings.nodes.map((meeting) => (
                      <li>
                        <time datetime={meeting.heldOn}>{ctx.date(meeting.heldOn)}</time>
                        {ctx.peopleCount(meeting.attendanceTotal) ? ` · ${t.attendance(ctx.peopleCount(meeting.attendanceTotal)!)}` : null}
                        <Localized ctx={ctx} as="p" text={ctx.text(meeting.summaryText)} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ))}
        </section>
        <section aria-labelledby="campaigns-here">
          <h2 id="campaigns-here">{t.campaignsHere}</h2>
          {governorate.campaigns && governorate.campaigns.nodes.length ? (
            <ul>
              {governorate.campaigns.nodes.map((campaign) => (
                <li>
                  <a href={ctx.href(`/campaigns/${campaign.slug}`)}>
                    <Localized ctx={ctx} text={ctx.text(campaign.titleText)} />
                  </a>{' '}
                  <Badge ctx={ctx} of="CampaignStatus" value={campaign.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.none}</p>
          )}
        </section>
        <section aria-labelledby="seasons-here">
          <h2 id="seasons-here">{t.seasonsHere}</h2>
          {governorate.forumSeasons && governorate.forumSeasons.nodes.length ? (
            <ul>
              {governorate.forumSeasons.nodes.map((season) => (
                <li>
                  <a href={ctx.href(`/forum-seasons/${season.id}`)}>
                    {season.forum ? <Localized ctx={ctx} text={ctx.text(season.forum.nameText)} /> : null} —{' '}
                    {t.season(ctx.number(season.number), ctx.year(season.year))}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.none}</p>
          )}
        </section>
      </article>
    ),
  };
};
