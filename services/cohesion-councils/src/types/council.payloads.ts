import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { CouncilMemberEntity } from '../entities/council-member.entity';
import { CohesionCouncil } from './cohesion-council.type';
import { CouncilMeeting } from './council-meeting.type';
import { CouncilMember } from './council-member.type';

@ObjectType('CohesionCouncilPayload', { description: 'The result of a council mutation.' })
export class CohesionCouncilPayload {
  @Field(() => CohesionCouncil, { nullable: true, description: 'The council as written; null when userErrors say why not.' })
  council!: CohesionCouncilEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType('CouncilMemberPayload', { description: 'The result of adding a council seat.' })
export class CouncilMemberPayload {
  @Field(() => CouncilMember, { nullable: true, description: 'The seat as written; null when userErrors say why not.' })
  member!: CouncilMemberEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType('CouncilMeetingPayload', { description: 'The result of recording a meeting.' })
export class CouncilMeetingPayload {
  @Field(() => CouncilMeeting, { nullable: true, description: 'The meeting as written; null when userErrors say why not.' })
  meeting!: CouncilMeetingEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
