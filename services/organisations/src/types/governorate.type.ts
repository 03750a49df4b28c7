import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Region } from '@icssi/platform';

@Directive('@key(fields: "code")')
@ObjectType('Governorate', { description: 'A governorate of Iraq (19, including Halabja). The finest public location of any activity.' })
export class Governorate {
  @Field(() => ID, { description: 'ISO 3166-2 code, e.g. IQ-BG for Baghdad, IQ-AR for Erbil.' })
  code!: string;

  @Field({ description: 'OCHA p-code (IQG01–IQG18; Halabja is the district IQG06Q05 in that scheme).' })
  ochaPcode!: string;

  @Field(() => Region, { description: 'The region the governorate belongs to.' })
  region!: Region;

  @Field(() => [String], {
    description:
      'Other names it is searched by: Latin spellings and transliterations (Arbil, Hewlêr), and its capital where the name differs (Mosul for Nineveh).',
  })
  aliases!: string[];
}
