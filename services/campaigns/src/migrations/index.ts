import { CreateCampaigns1764000100000 } from './1764000100000-create-campaigns';

/** Every migration of this service, oldest first. */
export const campaignsMigrations = [CreateCampaigns1764000100000];
