import { type LockdownRegistry, LockdownSubject, type Viewer, unlessArchived } from '@icssi/platform';
import { type ForumSeasonEntity } from '../entities/forum-season.entity';
import { type ForumSessionEntity } from '../entities/forum-session.entity';
import { type ForumEntity } from '../entities/forum.entity';
import { type RecommendationEntity } from '../entities/recommendation.entity';
import { type OrganisationStub, organisationStub } from '../federation/organisation/organisation.stub';
import type { ForumSeasonsLoaders } from '../loaders/loaders';

/** What the gate needs of a request: who asks, the lockdown list, this request's loaders. */
export interface GateRequest {
  viewer: Viewer;
  lockdown: LockdownRegistry;
  loaders: ForumSeasonsLoaders;
}

type Id = string | null | undefined;

/**
 * The one read gate of this subgraph's records (DESIGN.md §4.4): queries, nested fields,
 * `_entities` and mutation payloads get forums, seasons, sessions, recommendations and the
 * organisations they refer to from here, as this viewer may see them, or null (archived records
 * for admins only, locked-down organisations for nobody else). Lists apply the same rules in SQL.
 */
export class ForumSeasonsReadGate {
  async forum(request: GateRequest, id: Id): Promise<ForumEntity | null> {
    return id ? unlessArchived(await request.loaders.forumById.load(id), request.viewer) : null;
  }

  async season(request: GateRequest, id: Id): Promise<ForumSeasonEntity | null> {
    return id ? unlessArchived(await request.loaders.seasonById.load(id), request.viewer) : null;
  }

  async session(request: GateRequest, id: Id): Promise<ForumSessionEntity | null> {
    return id ? unlessArchived(await request.loaders.sessionById.load(id), request.viewer) : null;
  }

  /** Recommendations are public records (withdrawn ones stay, marked by their status). */
  async recommendation(request: GateRequest, id: Id): Promise<RecommendationEntity | null> {
    return id ? request.loaders.recommendationById.load(id) : null;
  }

  /** An organisation referred to by key: a locked-down one does not exist for non-custodians. */
  organisation(request: GateRequest, id: Id): OrganisationStub | null {
    return id && request.lockdown.visibleTo(request.viewer, LockdownSubject.ORGANISATION, id) ? organisationStub(id) : null;
  }

  async organisersOf(request: GateRequest, session: ForumSessionEntity): Promise<OrganisationStub[]> {
    const rows = await request.loaders.organisersBySession.load(session.id);
    return rows.map((row) => this.organisation(request, row.organisationId)).filter((stub): stub is OrganisationStub => stub !== null);
  }
}
