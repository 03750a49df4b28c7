import { Entity, PrimaryColumn } from 'typeorm';

/** An organisation (by key) organising a forum session. */
@Entity({ name: 'forum_session_organiser' })
export class ForumSessionOrganiserEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;
}
