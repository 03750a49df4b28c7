import { DataSource, FindOptionsWhere } from 'typeorm';
import { Region } from '@icssi/platform';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { CouncilStatus } from '../types/council-status.enum';
import { ImplementationStatus } from '../types/implementation-status.enum';

/** Read rules for councils and implementations. */
export class CouncilReader {
  constructor(private readonly dataSource: DataSource) {}

  councils(filter: { region?: Region | null; governorateCode?: string | null; status?: CouncilStatus | null }): Promise<CohesionCouncilEntity[]> {
    const where: FindOptionsWhere<CohesionCouncilEntity> = {};
    if (filter.region) where.region = filter.region;
    if (filter.governorateCode) where.governorateCode = filter.governorateCode.toUpperCase();
    if (filter.status) where.status = filter.status;
    return this.dataSource.getRepository(CohesionCouncilEntity).find({ where, order: { slug: 'ASC' } });
  }

  implementations(filter: { status?: ImplementationStatus | null }): Promise<ImplementationEntity[]> {
    return this.dataSource
      .getRepository(ImplementationEntity)
      .find({ where: filter.status ? { status: filter.status } : {}, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
