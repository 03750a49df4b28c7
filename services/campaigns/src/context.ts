import { type RequestContext } from '@icssi/platform';
import { type CampaignsDomain } from './domain/campaigns-domain';
import { type CampaignsLoaders } from './loaders/loaders';

export type CampaignsContext = RequestContext<CampaignsLoaders, CampaignsDomain>;
