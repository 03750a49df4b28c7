import { type DataSource } from 'typeorm';
import { KeysetLister, LockdownSubject, type Page, type PageArgs, type Viewer, isCustodian, notLockedDown } from '@icssi/platform';
import { PersonEntity } from '../entities/person.entity';
import { type PersonFilter } from './person-filter';

/** Lists of people; what each viewer sees of each person is decided by PersonPolicy. */
export class PersonReader {
  private readonly lister: KeysetLister<PersonEntity>;

  constructor(dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, PersonEntity);
  }

  list(filter: PersonFilter | null | undefined, args: PageArgs, viewer: Viewer): Promise<Page<PersonEntity>> {
    return this.lister.page(
      {
        from: 'person e',
        where: (params) => [
          'e.archived_at IS NULL',
          ...(filter?.region ? [`e.region = ${params.add(filter.region)}`] : []),
          ...(isCustodian(viewer) ? [] : [notLockedDown(LockdownSubject.PERSON, 'e.id')]),
        ],
      },
      // Ordered by the public pseudonym: the order must not reveal names.
      { key: 'pseudonym', expression: 'e.pseudonym', type: 'text', direction: 'ASC' },
      args,
    );
  }
}
