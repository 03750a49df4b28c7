import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ForumSeasonEntity } from './forum-season.entity';

/** An organisation (by key: it lives in the organisations subgraph) taking part in a season. */
@Entity({ name: 'forum_season_participant' })
export class ForumSeasonParticipantEntity {
  @PrimaryColumn({ name: 'season_id', type: 'uuid' })
  seasonId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => ForumSeasonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'season_id' })
  season!: ForumSeasonEntity;
}
