import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page, PeopleCount } from '@icssi/platform';
import { CampaignsContext } from '../context';
import { actionParticipants } from '../domain/participant-figures';
import { CampaignActionEntity } from '../entities/campaign-action.entity';
import { CampaignEntity } from '../entities/campaign.entity';
import { GovernorateStub, governorateStub } from '../federation/governorate/governorate.stub';
import { CampaignActionFilter } from '../types/campaign-action-filter.input';
import { CampaignAction } from '../types/campaign-action.type';
import { Campaign } from '../types/campaign.type';
import { CampaignActionConnection } from '../types/connections';

@Resolver(() => CampaignAction)
export class CampaignActionResolver {
  @Query(() => CampaignActionConnection, { description: 'Actions of public campaigns, by date.' })
  campaignActions(
    @Ctx() ctx: CampaignsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => CampaignActionFilter, { nullable: true, description: 'Conditions the actions must meet.' })
    filter?: CampaignActionFilter | null,
  ): Promise<Page<CampaignActionEntity>> {
    return ctx.domain.actions.list(filter, page);
  }

  @Query(() => CampaignAction, { nullable: true, description: 'One campaign action by id, or null.' })
  async campaignAction(
    @Ctx() ctx: CampaignsContext,
    @Arg('id', () => ID, { description: 'The action id.' }) id: string,
  ): Promise<CampaignActionEntity | null> {
    return ctx.domain.gate.action(ctx, id);
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign this action belongs to.' })
  async campaign(@Root() action: CampaignActionEntity, @Ctx() ctx: CampaignsContext): Promise<CampaignEntity | null> {
    return ctx.domain.gate.campaign(ctx, action.campaignId);
  }

  @FieldResolver(() => GovernorateStub, { nullable: true, description: 'Where it took place (governorate only, never finer).' })
  governorate(@Root() action: CampaignActionEntity): GovernorateStub | null {
    return action.governorateCode ? governorateStub(action.governorateCode) : null;
  }

  @FieldResolver(() => PeopleCount, {
    nullable: true,
    description:
      'How many people took part, protected like every count of people (below the threshold: “fewer than `lowerThan`”); null when not recorded.',
  })
  participantsTotal(@Root() action: CampaignActionEntity): PeopleCount | null {
    return actionParticipants(action, 'participants_total');
  }

  @FieldResolver(() => PeopleCount, {
    nullable: true,
    description: 'Of whom women, protected like every count of people; null when not recorded.',
  })
  participantsWomen(@Root() action: CampaignActionEntity): PeopleCount | null {
    return actionParticipants(action, 'participants_women');
  }

  @FieldResolver(() => PeopleCount, {
    nullable: true,
    description: 'Of whom young people (15–29), protected like every count of people; null when not recorded.',
  })
  participantsYouth(@Root() action: CampaignActionEntity): PeopleCount | null {
    return actionParticipants(action, 'participants_youth');
  }
}
