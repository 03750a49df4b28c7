import { DataSource, Not } from 'typeorm';
import { Region } from '@icssi/platform';
import { OrganisationEntity } from '../entities/organisation.entity';
import { OrganisationStatus } from '../types/organisation-status.enum';

/** Read rules for organisations: archived organisations never appear in lists. */
export class OrganisationReader {
  constructor(private readonly dataSource: DataSource) {}

  list(region?: Region | null): Promise<OrganisationEntity[]> {
    return this.dataSource.getRepository(OrganisationEntity).find({
      where: { status: Not(OrganisationStatus.ARCHIVED), ...(region ? { homeRegion: region } : {}) },
      order: { slug: 'ASC' },
    });
  }

  async bySlug(slug: string): Promise<OrganisationEntity | null> {
    if (slug.length > 100) return null;
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ slug });
  }
}
