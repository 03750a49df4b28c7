import { type GraphQLSchema } from 'graphql';
import { buildFederatedSchema, resolveLabelsReference } from '@icssi/platform';
import { LabelsResolver, OrganisationsLabelsFields } from './labels/labels.resolver';
import { resolveGovernorateReference } from './federation/governorate.reference';
import { resolveOrganisationReference } from './federation/organisation.reference';
import { resolvePersonReference } from './federation/person.reference';
import { resolveSearchResultsReference } from './federation/search-results.reference';
import { resolveWorkingGroupReference } from './federation/working-group.reference';
import { GovernorateResolver } from './resolvers/governorate.resolver';
import { LockdownResolver } from './resolvers/lockdown.resolver';
import { OrganisationMutationResolver } from './resolvers/organisation-mutation.resolver';
import { PeopleMutationResolver } from './resolvers/people-mutation.resolver';
import { TranslationMutationResolver } from './resolvers/translation-mutation.resolver';
import { WorkingGroupMutationResolver } from './resolvers/working-group-mutation.resolver';
import { AuditTrailResolver } from './resolvers/audit-trail.resolver';
import { resolveAuditTrailReference } from './federation/audit-trail.reference';
import { MembershipResolver } from './resolvers/membership.resolver';
import { OrganisationResolver } from './resolvers/organisation.resolver';
import { PartnershipResolver } from './resolvers/partnership.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { WorkingGroupResolver } from './resolvers/working-group.resolver';

import { RegionReportResolver } from './resolvers/region-report.resolver';
import { GovernorateReportOrganisationsResolver, RegionReportOrganisationsResolver } from './resolvers/report-fields.resolver';
import { GovernorateReportResolver } from './resolvers/governorate-report.resolver';
import { resolveGovernorateReportReference } from './federation/governorate-report.reference';
import { resolveRegionReportReference } from './federation/region-report.reference';
import {
  GovernorateLocalizedFields,
  OrganisationLocalizedFields,
  ProgrammeLocalizedFields,
  WorkingGroupLocalizedFields,
} from './resolvers/localized-fields.resolver';
import { ProgrammeResolver } from './resolvers/programme.resolver';
import { ProgrammePartnerResolver } from './resolvers/programme-partner.resolver';
import { WorkingGroupProgrammeResolver } from './resolvers/working-group-programme.resolver';
import { resolveProgrammeReference } from './federation/programme.reference';

export function buildOrganisationsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      GovernorateLocalizedFields,
      OrganisationLocalizedFields,
      WorkingGroupLocalizedFields,
      ProgrammeLocalizedFields,
      ProgrammeResolver,
      ProgrammePartnerResolver,
      WorkingGroupProgrammeResolver,
      GovernorateResolver,
      OrganisationResolver,
      WorkingGroupResolver,
      PersonResolver,
      MembershipResolver,
      PartnershipResolver,
      SearchResolver,
      LockdownResolver,
      OrganisationMutationResolver,
      PeopleMutationResolver,
      TranslationMutationResolver,
      WorkingGroupMutationResolver,
      AuditTrailResolver,
      RegionReportResolver,
      RegionReportOrganisationsResolver,
      GovernorateReportResolver,
      GovernorateReportOrganisationsResolver,
      LabelsResolver,
      OrganisationsLabelsFields,
    ],
    referenceResolvers: {
      Governorate: { __resolveReference: resolveGovernorateReference },
      Organisation: { __resolveReference: resolveOrganisationReference },
      WorkingGroup: { __resolveReference: resolveWorkingGroupReference },
      Person: { __resolveReference: resolvePersonReference },
      SearchResults: { __resolveReference: resolveSearchResultsReference },
      AuditTrail: { __resolveReference: resolveAuditTrailReference },
      RegionReport: { __resolveReference: resolveRegionReportReference },
      GovernorateReport: { __resolveReference: resolveGovernorateReportReference },
      Labels: { __resolveReference: resolveLabelsReference },
      Programme: { __resolveReference: resolveProgrammeReference },
    },
  });
}
