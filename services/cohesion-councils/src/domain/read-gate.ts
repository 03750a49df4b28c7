import {
  type LockdownRegistry,
  LockdownSubject,
  type Viewer,
  isCustodian,
  isNetwork,
  notLockedDown,
  unlessArchived,
} from '@icssi/platform';
import { type CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { type CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { type CouncilMemberEntity } from '../entities/council-member.entity';
import { type ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { type ImplementationEntity } from '../entities/implementation.entity';
import { type OrganisationStub, organisationStub } from '../federation/organisation/organisation.stub';
import { type PersonStub, personStub } from '../federation/person/person.stub';
import type { CohesionCouncilsLoaders } from '../loaders/loaders';

/** What the gate needs of a request: who asks, the lockdown list, this request's loaders. */
export interface GateRequest {
  viewer: Viewer;
  lockdown: LockdownRegistry;
  loaders: CohesionCouncilsLoaders;
}

type Id = string | null | undefined;

/**
 * The one read gate of this subgraph's records (DESIGN.md §4.4): queries, nested fields,
 * `_entities` and mutation payloads get councils, seats, meetings and implementations from here,
 * as this viewer may see them, or null. A seat held by a locked-down person (or sitting for a
 * locked-down organisation) does not exist for non-custodians, exactly like an unknown seat;
 * lists leave it out in SQL (seatConditions). Resolvers apply no visibility rule themselves.
 */
export class CouncilsReadGate {
  async council(request: GateRequest, id: Id): Promise<CohesionCouncilEntity | null> {
    return id ? unlessArchived(await request.loaders.councilById.load(id), request.viewer) : null;
  }

  async implementation(request: GateRequest, id: Id): Promise<ImplementationEntity | null> {
    return id ? unlessArchived(await request.loaders.implementationById.load(id), request.viewer) : null;
  }

  async meeting(request: GateRequest, id: Id): Promise<CouncilMeetingEntity | null> {
    return id ? unlessArchived(await request.loaders.meetingById.load(id), request.viewer) : null;
  }

  /** A step of a commitment's timeline exists while its commitment does. */
  async implementationUpdate(request: GateRequest, id: Id): Promise<ImplementationUpdateEntity | null> {
    const update = id ? await request.loaders.updateById.load(id) : null;
    return update && (await this.implementation(request, update.implementationId)) ? update : null;
  }

  async seat(request: GateRequest, id: Id): Promise<CouncilMemberEntity | null> {
    const seat = id ? await request.loaders.memberById.load(id) : null;
    if (!seat || !this.seatShown(request, seat)) return null;
    return (await this.council(request, seat.councilId)) ? seat : null;
  }

  /** Who holds a seat: members of the network only, and never a locked-down person. */
  seatHolder(request: GateRequest, seat: CouncilMemberEntity): PersonStub | null {
    return seat.personId && isNetwork(request.viewer) && request.lockdown.visibleTo(request.viewer, LockdownSubject.PERSON, seat.personId)
      ? personStub(seat.personId)
      : null;
  }

  /** An organisation this subgraph refers to by key: a locked-down one does not exist for non-custodians. */
  organisation(request: GateRequest, id: Id): OrganisationStub | null {
    return id && request.lockdown.visibleTo(request.viewer, LockdownSubject.ORGANISATION, id) ? organisationStub(id) : null;
  }

  /** SQL conditions of the seats this viewer may see (lists of seats). */
  seatConditions(viewer: Viewer): string[] {
    if (isCustodian(viewer)) return [];
    return [notLockedDown(LockdownSubject.PERSON, 'e.person_id'), notLockedDown(LockdownSubject.ORGANISATION, 'e.organisation_id')];
  }

  private seatShown(request: GateRequest, seat: CouncilMemberEntity): boolean {
    const { viewer, lockdown } = request;
    if (isCustodian(viewer)) return true;
    return (
      !(seat.personId && lockdown.isLocked(LockdownSubject.PERSON, seat.personId)) &&
      !(seat.organisationId && lockdown.isLocked(LockdownSubject.ORGANISATION, seat.organisationId))
    );
  }
}
