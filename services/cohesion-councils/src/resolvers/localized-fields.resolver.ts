import { localizedFieldsResolver } from '@icssi/platform';
import { type CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { type CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { type CouncilMemberEntity } from '../entities/council-member.entity';
import { type ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { CohesionCouncil } from '../types/cohesion-council.type';
import { CouncilMeeting } from '../types/council-meeting.type';
import { CouncilMember } from '../types/council-member.type';
import { Indicator, type IndicatorValue } from '../types/indicator.type';
import { ImplementationUpdate } from '../types/implementation-update.type';

/** The localized texts of this subgraph's types: each gives `x`, `xTranslations` and `xText`. */
export const CohesionCouncilLocalizedFields = localizedFieldsResolver<CohesionCouncilEntity>(CohesionCouncil, {
  name: { read: (council) => council.name, description: 'The council’s name', nullable: false },
});

export const CouncilMeetingLocalizedFields = localizedFieldsResolver<CouncilMeetingEntity>(CouncilMeeting, {
  summary: { read: (meeting) => meeting.summary, description: 'A summary of the meeting', nullable: true },
});

export const CouncilMemberLocalizedFields = localizedFieldsResolver<CouncilMemberEntity>(CouncilMember, {
  onBehalfOf: {
    read: (member) => member.onBehalfOf,
    description: 'Whom the seat represents otherwise (e.g. the governorate council)',
    nullable: true,
  },
});

export const ImplementationUpdateLocalizedFields = localizedFieldsResolver<ImplementationUpdateEntity>(ImplementationUpdate, {
  note: { read: (update) => update.note, description: 'The note on this step', nullable: true },
});

export const IndicatorLocalizedFields = localizedFieldsResolver<IndicatorValue>(Indicator, {
  name: { read: (indicator) => indicator.nameSource, description: 'What is measured', nullable: true },
});
