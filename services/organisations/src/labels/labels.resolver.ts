import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Locale, LabelsKey, SHARED_LABEL_FIELDS, enumLabelsResolver } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { Labels } from './labels.type';
import {
  MEMBERSHIP_ROLE_LABELS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_STATUS_LABELS,
  PARTNERSHIP_ROLE_LABELS,
  PERSON_GENDER_LABELS,
  REGISTRATION_STATUS_LABELS,
  WORKING_GROUP_STATUS_LABELS,
} from './organisation-labels';

@Resolver(() => Labels)
export class LabelsResolver {
  @Query(() => Labels, {
    description: 'Labels of every enum value pages show (themes, statuses, regions, kinds, roles, formats, sectors …), in one language.',
  })
  labels(
    @Ctx() ctx: OrganisationsContext,
    @Arg('locale', () => Locale, { nullable: true, description: 'The language of the labels (default: the request’s language).' })
    locale?: Locale | null,
  ): LabelsKey {
    return { locale: locale ?? ctx.locale };
  }
}

/** The shared enums' labels (defined once in the platform) and this subgraph's own. */
export const OrganisationsLabelsFields = enumLabelsResolver(
  Labels,
  {
    ...SHARED_LABEL_FIELDS,
    organisationKinds: ORGANISATION_KIND_LABELS,
    organisationStatuses: ORGANISATION_STATUS_LABELS,
    registrationStatuses: REGISTRATION_STATUS_LABELS,
    partnershipRoles: PARTNERSHIP_ROLE_LABELS,
    membershipRoles: MEMBERSHIP_ROLE_LABELS,
    workingGroupStatuses: WORKING_GROUP_STATUS_LABELS,
    personGenders: PERSON_GENDER_LABELS,
  },
  { ownsLabels: true },
);
