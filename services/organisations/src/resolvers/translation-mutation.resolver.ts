import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { translationsOf } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { SetTranslationInput } from '../types/translation-mutation.inputs';
import { SetTranslationPayload } from '../types/translation.payloads';

@Resolver()
export class TranslationMutationResolver {
  @Mutation(() => SetTranslationPayload, {
    description:
      'Sets one language of one text with its provenance — e.g. a native speaker marking a Kurdish machine translation REVIEWED.',
  })
  async setTranslation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => SetTranslationInput, { description: 'Which text, which language, what value.' }) input: SetTranslationInput,
  ): Promise<SetTranslationPayload> {
    const result = await ctx.domain.translationWriter.set(ctx, input);
    return { translations: result.text ? translationsOf(result.text) : null, userErrors: result.userErrors };
  }
}
