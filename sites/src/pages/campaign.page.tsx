import { Badge, DateRange, Themes } from '../components/common';
import { Localized } from '../components/localized';
import { RecommendationList } from '../components/recommendation-list';
import { type Page, fromResult, notFound } from './page';

/** One campaign: what it is for, who leads it, where, and its dated actions. */
export const campaignPage: Page<{ slug: string }> = async (ctx, graph, { slug }) => {
  const path = `/campaigns/${slug}`;
  const result = await graph.query('SiteCampaign', { slug }, ctx.locale);
  const campaign = result.data.campaignBySlug;
  if (!campaign) return notFound(ctx, path);
  const t = ctx.t;
  const title = ctx.text(campaign.titleText);
  const actions = [...campaign.actions.nodes].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return {
    status: 200,
    title: title?.value ?? t.campaigns,
    path,
    ...fromResult(result),
    body: (
      <article>
        <Localized ctx={ctx} as="h1" text={title} />
        <p class="meta">
          <Badge ctx={ctx} of="CampaignStatus" value={campaign.status} />{' '}
          <DateRange ctx={ctx} from={campaign.startDate} to={campaign.endDate} /> ·{' '}
          {campaign.regions.map((region) => ctx.labels.of('Region', region)).join('، ')}
        </p>
        <Themes ctx={ctx} themes={campaign.themes} />
        {campaign.parentCampaign ? (
          <p>
            {t.partOf}:{' '}
            <a href={ctx.href(`/campaigns/${campaign.parentCampaign.slug}`)}>
              <Localized ctx={ctx} text={ctx.text(campaign.parentCampaign.titleText)} />
            </a>
          </p>
        ) : null}
        <section aria-labelledby="summary">
          <h2 id="summary">{t.summary}</h2>
          <Localized ctx={ctx} as="p" text={ctx.text(campaign.summaryText)} fallback={t.none} />
          {campaign.goalsText ? (
            <>
              <h3>{t.goals}</h3>
              <Localized ctx={ctx} as="p" text={ctx.text(campaign.goalsText)} />
            </>
          ) : null}
        </section>
        <dl class="facts">
          {campaign.leadWorkingGroup ? (
            <>
              <dt>{t.leadWorkingGroup}</dt>
              <dd>
                <a href={ctx.href(`/working-groups/${campaign.leadWorkingGroup.slug}`)}>
                  <Localized ctx={ctx} text={ctx.text(campaign.leadWorkingGroup.nameText)} />
                </a>
              </dd>
            </>
          ) : null}
          {campaign.governorates.length ? (
            <>
              <dt>{t.governorates}</dt>
              <dd>
                <ul class="inline-list">
                  {campaign.governorates.map((governorate) => (
                    <li>
                      <a href={ctx.href(`/governorates/${governorate.code}`)}>
                        <Localized ctx={ctx} text={ctx.text(governorate.nameText)} />
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby="actions">
          <h2 id="actions">
            {t.actions} ({ctx.number(campaign.actions.totalCount)})
          </h2>
          {actions.length ? (
            <ol class="timeline">
              {actions.map((action) => (
                <li>
                  <p class="meta">
                    <time datetime={action.occurredOn}>{ctx.date(action.occurredOn)}</time> ·{' '}
                    <Badge ctx={ctx} of="CampaignActionType" value={action.type} />
                    {action.governorate ? (
                      <>
                        {' '}
                        ·{' '}
                        <a href={ctx.href(`/governorates/${action.governorate.code}`)}>
                          <Localized ctx={ctx} text={ctx.text(action.governorate.nameText)} />
                        </a>
                      </>
                    ) : null}
                    {ctx.peopleCount(action.participantsTotal)
                      ? ` · ${t.participants}: ${ctx.peopleCount(action.participantsTotal)}`
                      : null}
                  </p>
                  <Localized ctx={ctx} as="p" text={ctx.text(action.descriptionText)} />
                </li>
              ))}
            </ol>
          ) : (
            <p>{t.none}</p>
          )}
        </section>
        {campaign.recommendations.length ? (
          <section aria-labelledby="recommendations">
            <h2 id="recommendations">{t.advancesRecommendations}</h2>
            <RecommendationList ctx={ctx} recommendations={campaign.recommendations} />
          </section>
        ) : null}
      </article>
    ),
  };
};
