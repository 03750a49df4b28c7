import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import {
  LockdownEntity,
  LockdownSubject,
  Region,
  Role,
  SubgraphServices,
  UserErrorCode,
  Viewer,
  envOptional,
  isRegionTeam,
  isUuid,
  pushLockdowns,
} from '@icssi/platform';
import { OrganisationEntity } from '../entities/organisation.entity';
import { PersonEntity } from '../entities/person.entity';
import { LockdownPayload } from '../types/lockdown.payload';

/** The other subgraphs' GraphQL URLs: they keep copies of the lockdown list. */
function replicaUrlsFromEnv(): string[] {
  return [
    envOptional('CAMPAIGNS_URL') ?? 'http://127.0.0.1:4002/graphql',
    envOptional('FORUM_SEASONS_URL') ?? 'http://127.0.0.1:4003/graphql',
    envOptional('COHESION_COUNCILS_URL') ?? 'http://127.0.0.1:4004/graphql',
  ];
}

/**
 * Lockdown: removes a person or an organisation from every non-custodian view of every subgraph.
 * Allowed to admins and to editors of the subject's region. The record is written here (the list
 * of truth), then the whole list is pushed to the other subgraphs, which also pull it regularly.
 */
export class LockdownService {
  /** Where the list is pushed; tests point it at their own subgraphs. */
  replicaUrls: string[] = replicaUrlsFromEnv();

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: SubgraphServices,
  ) {}

  lockPerson(viewer: Viewer, personId: string): Promise<LockdownPayload> {
    return this.lock(viewer, LockdownSubject.PERSON, personId, 'personId', async (id) => {
      const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ id });
      return person ? person.region : undefined;
    });
  }

  lockOrganisation(viewer: Viewer, organisationId: string): Promise<LockdownPayload> {
    return this.lock(viewer, LockdownSubject.ORGANISATION, organisationId, 'organisationId', async (id) => {
      const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
      return organisation ? organisation.homeRegion : undefined;
    });
  }

  private async lock(
    viewer: Viewer,
    subjectType: LockdownSubject,
    subjectId: string,
    field: string,
    regionOf: (id: string) => Promise<Region | undefined>,
  ): Promise<LockdownPayload> {
    if (!viewer.roles.some((role) => role === Role.ADMIN || role === Role.EDITOR)) {
      throw new GraphQLError('Only editors and admins may lock a record down.', { extensions: { code: 'FORBIDDEN' } });
    }
    const failure = (code: UserErrorCode, message: string): LockdownPayload => ({
      subjectId: null,
      replicasUpdated: 0,
      userErrors: [{ code, field: ['input', field], message }],
    });
    const region = isUuid(subjectId) ? await regionOf(subjectId) : undefined;
    if (region === undefined) return failure(UserErrorCode.NOT_FOUND, 'No such record.');
    if (!isRegionTeam(viewer, region)) return failure(UserErrorCode.FORBIDDEN, 'Editors may lock down records of their own region only.');
    await this.dataSource.createQueryBuilder().insert().into(LockdownEntity).values({ subjectType, subjectId }).orIgnore().execute();
    this.services.lockdown.add(subjectType, subjectId);
    this.services.logger.info('lockdown', { subjectType, subjectId, by: viewer.id });
    const replicasUpdated = await pushLockdowns(this.replicaUrls, this.services.lockdown.list(), this.services.secret);
    return { subjectId, replicasUpdated, userErrors: [] };
  }
}
