import type { GraphText } from '../i18n/localized-text';
import type { PageContext } from '../page-context';
import { Localized } from './localized';

/** A recommendation as the pages list it: its title and the forum season that adopted it, when known. */
export interface ListedRecommendation {
  titleText?: GraphText | null;
  season?: { id: string; number: number; year: number; forum?: { nameText?: GraphText | null } | null } | null;
}

/** Recommendations, each with a link to the forum season that adopted it (a campaign's, a search's). */
export function RecommendationList(props: { ctx: PageContext; recommendations: readonly ListedRecommendation[] }) {
  const { ctx } = props;
  return (
    <ul>
      {props.recommendations.map((recommendation) => (
        <li>
          <Localized ctx={ctx} text={ctx.text(recommendation.titleText)} />
          {recommendation.season ? (
            <>
              {' '}
              —{' '}
              <a href={ctx.href(`/forum-seasons/${recommendation.season.id}`)}>
                {recommendation.season.forum ? <Localized ctx={ctx} text={ctx.text(recommendation.season.forum.nameText)} /> : null},{' '}
                {ctx.t.season(ctx.number(recommendation.season.number), ctx.year(recommendation.season.year))}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
