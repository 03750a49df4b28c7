import type * as Operations from './generated/operations';

/** Each operation the sites send (sites/operations/*.graphql), with the types graphql-codegen generated for it. */
export interface SiteOperations {
  SiteHome: { data: Operations.SiteHomeQuery; variables: Operations.SiteHomeQueryVariables };
  SiteWorkingGroups: { data: Operations.SiteWorkingGroupsQuery; variables: Operations.SiteWorkingGroupsQueryVariables };
  SiteWorkingGroup: { data: Operations.SiteWorkingGroupQuery; variables: Operations.SiteWorkingGroupQueryVariables };
  SiteCampaign: { data: Operations.SiteCampaignQuery; variables: Operations.SiteCampaignQueryVariables };
  SiteForumSeason: { data: Operations.SiteForumSeasonQuery; variables: Operations.SiteForumSeasonQueryVariables };
  SiteGovernorate: { data: Operations.SiteGovernorateQuery; variables: Operations.SiteGovernorateQueryVariables };
  SiteSearch: { data: Operations.SiteSearchQuery; variables: Operations.SiteSearchQueryVariables };
  SiteLabels: { data: Operations.SiteLabelsQuery; variables: Operations.SiteLabelsQueryVariables };
}

export type SiteOperationName = keyof SiteOperations;
