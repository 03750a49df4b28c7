import { Field, ID, InputType, Int } from 'type-graphql';
import { Region, Theme } from '@icssi/platform';
import { OrganisationKind } from './organisation-kind.enum';
import { OrganisationStatus } from './organisation-status.enum';
import type * as domain from '../domain/organisation-filter';

@InputType('OrganisationFilter', { description: 'Narrows a list of organisations; all given conditions must hold.' })
export class OrganisationFilter implements domain.OrganisationFilter {
  @Field(() => Region, { nullable: true, description: 'Based in this region.' })
  region?: Region | null;

  @Field(() => ID, { nullable: true, description: 'Headquartered or active in this governorate (ISO code).' })
  governorateCode?: string | null;

  @Field(() => Theme, { nullable: true, description: 'Works on this theme.' })
  theme?: Theme | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Of this kind.' })
  kind?: OrganisationKind | null;

  @Field(() => OrganisationStatus, { nullable: true, description: 'In this state (archived ones only when asked for).' })
  status?: OrganisationStatus | null;

  @Field(() => Int, { nullable: true, description: 'Founded in or after this year.' })
  foundedFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Founded in or before this year.' })
  foundedTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Text in any language or script (name, acronym, slug).' })
  text?: string | null;
}
