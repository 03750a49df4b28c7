import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Theme, VersionedType } from '@icssi/platform';
import { SessionFormat } from './session-format.enum';

@Directive('@key(fields: "id")')
@ObjectType('ForumSession', { description: 'A programme item of a forum season.' })
export class ForumSession extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => SessionFormat, { description: 'Plenary, workshop, convergence assembly or cultural.' })
  format!: SessionFormat;

  @Field(() => [Theme], { description: 'Themes of the session.' })
  themes!: Theme[];

  @Field(() => Date, { nullable: true, description: 'When it starts.' })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ends.' })
  endsAt!: Date | null;
}
