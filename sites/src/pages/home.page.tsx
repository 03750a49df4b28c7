import { Badge, DateRange, PercentBar } from '../components/common';
import { Localized } from '../components/localized';
import { type Page, fromResult } from './page';

/** Today in Baghdad, as the graph's Date: the next forum season is the first that starts from it. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baghdad' }).format(new Date());
}

function average(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

/** Home: the latest campaigns, the next forum season, the councils' progress, the governorates. */
export const homePage: Page<Record<string, never>> = async (ctx, graph) => {
  const result = await graph.query('SiteHome', { region: ctx.site.region, today: today() }, ctx.locale);
  const { campaigns, forumSeasons, cohesionCouncils, governorates } = result.data;
  const t = ctx.t;
  const next = forumSeasons.nodes[0];
  return {
    status: 200,
    title: t.home,
    path: '/',
    ...fromResult(result),
    body: (
      <>
        <h1>{ctx.site.name[ctx.locale]}</h1>
        <section aria-labelledby="latest-campaigns">
          <h2 id="latest-campaigns">{t.latestCampaigns}</h2>
          <p class="meta">{t.allCampaignsCount(ctx.number(campaigns.totalCount))}</p>
          <ul class="cards">
            {campaigns.nodes.map((campaign) => (
              <li class="card">
                <h3>
                  <a href={ctx.href(`/campaigns/${campaign.slug}`)}>
                    <Localized ctx={ctx} text={ctx.text(campaign.titleText)} />
                  </a>
                </h3>
                <p class="meta">
                  <Badge ctx={ctx} of="CampaignStatus" value={campaign.status} />{' '}
                  <DateRange ctx={ctx} from={campaign.startDate} to={campaign.endDate} />
                </p>
                {campaign.leadWorkingGroup ? (
                  <p class="meta">
                    <a href={ctx.href(`/working-groups/${campaign.leadWorkingGroup.slug}`)}>
                      <Localized ctx={ctx} text={ctx.text(campaign.leadWorkingGroup.nameText)} />
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="next-season">
          <h2 id="next-season">{t.nextForumSeason}</h2>
          {next ? (
            <div class="card">
              <h3>
                <a href={ctx.href(`/forum-seasons/${next.id}`)}>
                  {next.forum ? <Localized ctx={ctx} text={ctx.text(next.forum.nameText)} /> : null} —{' '}
                  {t.season(ctx.number(next.number), ctx.year(next.year))}
                </a>
              </h3>
              <Localized ctx={ctx} as="p" text={ctx.text(next.themeText)} />
              <p class="meta">
                <Badge ctx={ctx} of="ForumSeasonStatus" value={next.status} />{' '}
                <DateRange ctx={ctx} from={next.startDate} to={next.endDate} /> ·{' '}
                <a href={ctx.href(`/governorates/${next.governorate.code}`)}>
                  <Localized ctx={ctx} text={ctx.text(next.governorate.nameText)} />
                </a>
              </p>
            </div>
          ) : (
            <p>{t.noUpcomingSeason}</p>
          )}
        </section>
        <section aria-labelledby="council-progress">
          <h2 id="council-progress">{t.councilProgress}</h2>
          <p class="meta">{t.councilProgressIntro}</p>
          <table class="progress-table">
            <thead>
              <tr>
                <th scope="col">{t.councils}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.averageProgress}</th>
              </tr>
            </thead>
            <tbody>
              {cohesionCouncils.nodes.map((council) => {
                const progress = average(council.implementations.nodes.map((implementation) => implementation.progress));
                return (
                  <tr>
                    <th scope="row">
                      <a href={ctx.href(`/governorates/${council.governorate.code}`)}>
                        <Localized ctx={ctx} text={ctx.text(council.nameText)} />
                      </a>
                    </th>
                    <td>
                      <Badge ctx={ctx} of="CouncilStatus" value={council.status} />
                    </td>
                    <td>
                      {progress === null ? t.none : <PercentBar ctx={ctx} percent={progress} />}{' '}
                      <span class="meta">{t.commitments(ctx.number(council.implementations.totalCount))}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="governorates">
          <h2 id="governorates">{t.governorates}</h2>
          <ul class="inline-list">
            {governorates.nodes.map((governorate) => (
              <li>
                <a href={ctx.href(`/governorates/${governorate.code}`)}>
                  <Localized ctx={ctx} text={ctx.text(governorate.nameText)} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      </>
    ),
  };
};
