import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Translation, localize, translationsOf, unlessArchived } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import { ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { ImplementationUpdate } from '../types/implementation-update.type';
import { Implementation } from '../types/implementation.type';

@Resolver(() => ImplementationUpdate)
export class ImplementationUpdateResolver {
  @FieldResolver(() => Implementation, { nullable: true, description: 'The implementation this step belongs to.' })
  async implementation(@Root() update: ImplementationUpdateEntity, @Ctx() ctx: CohesionCouncilsContext): Promise<ImplementationEntity | null> {
    return unlessArchived(await ctx.loaders.implementationById.load(update.implementationId), ctx.viewer);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Note in the reader’s language, with fallback.' })
  note(@Root() update: ImplementationUpdateEntity, @Ctx() ctx: CohesionCouncilsContext): string | null {
    return localize(update.note, ctx.locale);
  }

  @FieldResolver(() => [Translation], { description: 'The note in every language, with provenance.' })
  noteTranslations(@Root() update: ImplementationUpdateEntity): Translation[] {
    return translationsOf(update.note);
  }
}
