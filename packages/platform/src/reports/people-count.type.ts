import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * A protected count of people, as every subgraph publishes one (identical definitions, hence
 * @shareable): perturbed with the cell-key method, then suppressed below the threshold.
 */
@Directive('@shareable')
@ObjectType('PeopleCount', {
  description:
    'A count of people, protected so that no answer or combination of answers identifies a person: counts below the threshold are not shown (`suppressed`, “fewer than `lowerThan`”), and every other count is moved by a small, fixed amount (at most the noise bound; the same every time the same people are counted).',
})
export class PeopleCount {
  @Field(() => String, {
    nullable: true,
    description: 'The cell of a breakdown (e.g. FEMALE, AGE_15_29, CIVIL_SOCIETY), or null for a total.',
  })
  key!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The protected count (within the noise bound of the true count, never below the threshold), or null when not shown.',
  })
  value!: number | null;

  @Field({
    description:
      'True when the count is not shown: read it as “fewer than `lowerThan`”, possibly none (the true count is below the threshold, or at most the noise bound above it when the noise took it below).',
  })
  suppressed!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'When suppressed: the threshold, i.e. the count is “fewer than” this. Null when the value is shown.',
  })
  lowerThan!: number | null;
}
