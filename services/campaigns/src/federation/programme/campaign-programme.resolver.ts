import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CampaignEntity } from '../../entities/campaign.entity';
import { Campaign } from '../../types/campaign.type';
import { ProgrammeStub, programmeStub } from './programme.stub';

@Resolver(() => Campaign)
export class CampaignProgrammeResolver {
  @FieldResolver(() => ProgrammeStub, { nullable: true, description: 'The programme the campaign belongs to.' })
  programme(@Root() campaign: CampaignEntity): ProgrammeStub | null {
    return campaign.programmeId ? programmeStub(campaign.programmeId) : null;
  }
}
