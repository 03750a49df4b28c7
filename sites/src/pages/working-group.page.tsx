import { Badge, DateRange, PersonName, Themes } from '../components/common';
import { Isolated, Localized } from '../components/localized';
import { type Page, fromResult, notFound } from './page';

/** One working group: host organisation, members (pseudonyms unless they consented), campaigns. */
export const workingGroupPage: Page<{ slug: string }> = async (ctx, graph, { slug }) => {
  const path = `/working-groups/${slug}`;
  const result = await graph.query('SiteWorkingGroup', { slug }, ctx.locale);
  const group = result.data.workingGroupBySlug;
  if (!group) return notFound(ctx, path);
  const t = ctx.t;
  const name = ctx.text(group.nameText);
  const host = group.hostOrganisation;
  return {
    status: 200,
    title: name?.value ?? t.workingGroups,
    path,
    ...fromResult(result),
    body: (
      <article>
        <p class="breadcrumb">
          <a href={ctx.href('/working-groups')}>{t.workingGroups}</a>
        </p>
        <Localized ctx={ctx} as="h1" text={name} />
        <p class="meta">
          <Badge ctx={ctx} of="WorkingGroupStatus" value={group.status} /> · {ctx.labels.of('Region', group.region)}
          {group.foundedOn ? (
            <>
              {' '}
              · {t.founded}: <time datetime={group.foundedOn}>{ctx.date(group.foundedOn)}</time>
            </>
          ) : null}
        </p>
        <Themes ctx={ctx} themes={group.themes} />
        {host ? (
          <section aria-labelledby="host">
            <h2 id="host">{t.hostOrganisation}</h2>
            <p>
              <Localized ctx={ctx} text={ctx.text(host.nameText)} />
              {host.acronym ? (
                <>
                  {' '}
                  (<Isolated value={host.acronym} />)
                </>
              ) : null}
              {host.headquarters ? (
                <>
                  {' '}
                  ·{' '}
                  <a href={ctx.href(`/governorates/${host.headquarters.code}`)}>
                    <Localized ctx={ctx} text={ctx.text(host.headquarters.nameText)} />
                  </a>
                </>
              ) : null}
            </p>
          </section>
        ) : null}
        <section aria-labelledby="members">
          <h2 id="members">
            {t.members} ({ctx.number(group.members.totalCount)})
          </h2>
          <ul class="members">
            {group.members.nodes.map((member) => (
              <li>
                {member.person ? <PersonName ctx={ctx} person={member.person} /> : null} — {ctx.labels.of('MembershipRole', member.role)}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="campaigns">
          <h2 id="campaigns">{t.campaigns}</h2>
          {group.campaigns && group.campaigns.nodes.length ? (
            <ul>
              {group.campaigns.nodes.map((campaign) => (
                <li>
                  <a href={ctx.href(`/campaigns/${campaign.slug}`)}>
                    <Localized ctx={ctx} text={ctx.text(campaign.titleText)} />
                  </a>{' '}
                  <Badge ctx={ctx} of="CampaignStatus" value={campaign.status} />{' '}
                  <DateRange ctx={ctx} from={campaign.startDate} to={campaign.endDate} />
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
