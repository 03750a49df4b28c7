import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Columns every domain entity has (docs/architecture.md §3): creation and change times, and the version used
 * for optimistic concurrency (updates are conditional on it; TypeORM's save() is not enough).
 */
export abstract class VersionedEntity {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
