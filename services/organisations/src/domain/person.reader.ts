import { DataSource } from 'typeorm';
import { KeysetLister, Locale, Page, PageArgs, localize } from '@icssi/platform';
import { PersonEntity } from '../entities/person.entity';
import { PersonFilter } from '../types/person-filter.input';

/**
 * The public view of people (DESIGN.md §4.4): a name only with the person's consent, otherwise
 * the pseudonym; contact details, gender and birth year never leave this layer.
 */
export class PersonReader {
  private readonly lister: KeysetLister<PersonEntity>;

  constructor(dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, PersonEntity);
  }

  list(filter: PersonFilter | null | undefined, args: PageArgs): Promise<Page<PersonEntity>> {
    return this.lister.page(
      {
        from: 'person e',
        where: (params) => (filter?.region ? [`e.region = ${params.add(filter.region)}`] : []),
      },
      // Ordered by the public pseudonym: the order must not reveal names.
      { key: 'pseudonym', expression: 'e.pseudonym', type: 'text', direction: 'ASC' },
      args,
    );
  }

  publicName(person: PersonEntity, locale: Locale): string {
    return (person.consent?.displayName && localize(person.displayName, locale)) || person.pseudonym;
  }

  namePublished(person: PersonEntity): boolean {
    return Boolean(person.consent?.displayName);
  }
}
