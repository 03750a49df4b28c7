import { DataSource, FindOptionsWhere } from 'typeorm';
import { isUuid } from '@icssi/platform';
import { ForumEntity } from '../entities/forum.entity';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { RecommendationStatus } from '../types/recommendation-status.enum';

/** Read rules for forums, seasons and recommendations (all public programme data). */
export class ForumReader {
  constructor(private readonly dataSource: DataSource) {}

  forums(): Promise<ForumEntity[]> {
    return this.dataSource.getRepository(ForumEntity).find({ order: { foundedYear: 'ASC', slug: 'ASC' } });
  }

  async forumBySlug(slug: string): Promise<ForumEntity | null> {
    if (slug.length > 100) return null;
    return this.dataSource.getRepository(ForumEntity).findOneBy({ slug });
  }

  seasons(filter: { forumId?: string | null; year?: number | null }): Promise<ForumSeasonEntity[]> {
    const where: FindOptionsWhere<ForumSeasonEntity> = {};
    if (filter.forumId) {
      if (!isUuid(filter.forumId)) return Promise.resolve([]);
      where.forumId = filter.forumId;
    }
    if (filter.year) where.year = filter.year;
    return this.dataSource.getRepository(ForumSeasonEntity).find({ where, order: { year: 'DESC', number: 'DESC' } });
  }

  recommendations(filter: { status?: RecommendationStatus | null }): Promise<RecommendationEntity[]> {
    return this.dataSource
      .getRepository(RecommendationEntity)
      .find({ where: filter.status ? { status: filter.status } : {}, order: { slug: 'ASC' } });
  }
}
