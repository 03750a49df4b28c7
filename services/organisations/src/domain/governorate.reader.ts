import { DataSource } from 'typeorm';
import { Region } from '@icssi/platform';
import { GovernorateEntity } from '../entities/governorate.entity';

/** Governorates are public reference data. */
export class GovernorateReader {
  constructor(private readonly dataSource: DataSource) {}

  list(region?: Region | null): Promise<GovernorateEntity[]> {
    return this.dataSource.getRepository(GovernorateEntity).find({
      where: region ? { region } : {},
      order: { code: 'ASC' },
    });
  }
}
