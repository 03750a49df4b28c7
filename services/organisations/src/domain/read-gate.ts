import { type LockdownRegistry, type LockdownSubject, type Viewer, isCustodian, isRegionTeam } from '@icssi/platform';
import { type MembershipEntity } from '../entities/membership.entity';
import { type OrganisationEntity } from '../entities/organisation.entity';
import { type PartnershipEntity } from '../entities/partnership.entity';
import { type PersonEntity } from '../entities/person.entity';
import { type ProgrammeEntity } from '../entities/programme.entity';
import { type WorkingGroupEntity } from '../entities/working-group.entity';
import type { OrganisationsLoaders } from '../loaders/loaders';
import { visibleOrganisation, visiblePerson, visibleWorkingGroup } from './visibility';

/** What the gate needs of a request: who asks, the lockdown list, this request's loaders. */
export interface GateRequest {
  viewer: Viewer;
  lockdown: LockdownRegistry;
  loaders: OrganisationsLoaders;
}

type Id = string | null | undefined;

/**
 * The one read gate of this subgraph's records (DESIGN.md §4.4): every path that hands out a
 * person, organisation, working group, membership or partnership — queries, nested fields,
 * `_entities`, mutation payloads — gets it from here, as this viewer may see it, or null.
 * A locked-down or archived subject answers exactly like an unknown id. Lists apply the same
 * rules in SQL (the readers' `where` conditions); resolvers apply none themselves.
 */
export class OrganisationsReadGate {
  async person(request: GateRequest, id: Id): Promise<PersonEntity | null> {
    return id ? visiblePerson(await request.loaders.personById.load(id), request.viewer, request.lockdown) : null;
  }

  async organisation(request: GateRequest, id: Id): Promise<OrganisationEntity | null> {
    return id ? visibleOrganisation(await request.loaders.organisationById.load(id), request.viewer, request.lockdown) : null;
  }

  async workingGroup(request: GateRequest, id: Id): Promise<WorkingGroupEntity | null> {
    return id ? visibleWorkingGroup(await request.loaders.workingGroupById.load(id), request.viewer) : null;
  }

  async programme(request: GateRequest, id: Id): Promise<ProgrammeEntity | null> {
    // Programmes are public records.
    return id ? request.loaders.programmeById.load(id) : null;
  }

  organisationFound(request: GateRequest, organisation: OrganisationEntity | null): OrganisationEntity | null {
    return visibleOrganisation(organisation, request.viewer, request.lockdown);
  }

  workingGroupFound(request: GateRequest, group: WorkingGroupEntity | null): WorkingGroupEntity | null {
    return visibleWorkingGroup(group, request.viewer);
  }

  /** A membership exists for this viewer only while its person (and its organisation or group) does. */
  async membership(request: GateRequest, membership: MembershipEntity | null): Promise<MembershipEntity | null> {
    if (!membership || !(await this.person(request, membership.personId))) return null;
    if (membership.organisationId && !(await this.organisation(request, membership.organisationId))) return null;
    if (membership.workingGroupId && !(await this.workingGroup(request, membership.workingGroupId))) return null;
    return membership;
  }

  /** A visible person's memberships, the hidden ones left out. */
  async membershipsOfPerson(request: GateRequest, person: PersonEntity): Promise<MembershipEntity[]> {
    const memberships = await request.loaders.membershipsByPerson.load(person.id);
    const visible = await Promise.all(memberships.map((membership) => this.membership(request, membership)));
    return visible.filter((membership): membership is MembershipEntity => membership !== null);
  }

  /** A partnership exists for this viewer while both its organisations do. */
  async partnership(request: GateRequest, partnership: PartnershipEntity | null): Promise<PartnershipEntity | null> {
    if (!partnership) return null;
    const [organisation, partner] = await Promise.all([
      this.organisation(request, partnership.organisationId),
      this.organisation(request, partnership.partnerId),
    ]);
    return organisation && partner ? partnership : null;
  }

  async partnershipsOf(request: GateRequest, organisation: OrganisationEntity): Promise<PartnershipEntity[]> {
    const partnerships = await request.loaders.partnershipsByOrganisation.load(organisation.id);
    const visible = await Promise.all(partnerships.map((partnership) => this.partnership(request, partnership)));
    return visible.filter((partnership): partnership is PartnershipEntity => partnership !== null);
  }

  /**
   * A person's record-keeping fields (updatedAt, version) tell that someone touched an activist's
   * record: only those who may edit the person see them (DESIGN.md §4.4).
   */
  recordKeeping(request: GateRequest, person: PersonEntity): { updatedAt: Date | null; version: number | null } {
    if (!isRegionTeam(request.viewer, person.region)) return { updatedAt: null, version: null };
    return { updatedAt: person.updatedAt, version: person.version };
  }

  /** Whether the viewer may know that a subject is locked down (custodians). */
  lockdownState(request: GateRequest, subject: LockdownSubject, id: string): boolean | null {
    return isCustodian(request.viewer) ? request.lockdown.isLocked(subject, id) : null;
  }
}
