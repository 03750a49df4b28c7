import { localizedFieldsResolver } from '@icssi/platform';
import { type GovernorateEntity } from '../entities/governorate.entity';
import { type OrganisationEntity } from '../entities/organisation.entity';
import { type ProgrammeEntity } from '../entities/programme.entity';
import { type WorkingGroupEntity } from '../entities/working-group.entity';
import { Governorate } from '../types/governorate.type';
import { Organisation } from '../types/organisation.type';
import { Programme } from '../types/programme.type';
import { WorkingGroup } from '../types/working-group.type';

/** The localized texts of this subgraph's types: each gives `x`, `xTranslations` and `xText`. */
export const GovernorateLocalizedFields = localizedFieldsResolver<GovernorateEntity>(Governorate, {
  name: { read: (governorate) => governorate.name, description: 'The governorate’s name', nullable: false },
});

export const OrganisationLocalizedFields = localizedFieldsResolver<OrganisationEntity>(Organisation, {
  name: { read: (organisation) => organisation.name, description: 'The organisation’s name', nullable: false },
  description: { read: (organisation) => organisation.description, description: 'What the organisation does', nullable: true },
});

export const WorkingGroupLocalizedFields = localizedFieldsResolver<WorkingGroupEntity>(WorkingGroup, {
  name: { read: (group) => group.name, description: 'The working group’s name', nullable: false },
});

export const ProgrammeLocalizedFields = localizedFieldsResolver<ProgrammeEntity>(Programme, {
  name: { read: (programme) => programme.name, description: 'The programme’s name', nullable: false },
  description: { read: (programme) => programme.description, description: 'What the programme does', nullable: true },
});
