import { Entity, PrimaryColumn } from 'typeorm';

/** A governorate where an organisation is active. */
@Entity({ name: 'organisation_governorate' })
export class OrganisationGovernorateEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ name: 'governorate_code', type: 'varchar', length: 8 })
  governorateCode!: string;
}
