import { RequestContext } from '@icssi/platform';
import { CampaignsDomain } from './domain/campaigns-domain';
import { CampaignsLoaders } from './loaders/loaders';

export type CampaignsContext = RequestContext<CampaignsLoaders, CampaignsDomain>;
