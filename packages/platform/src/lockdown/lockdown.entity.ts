import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum LockdownSubject {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
}

/**
 * A person or organisation removed from every non-custodian view. The organisations subgraph holds
 * the record of truth; every other subgraph keeps a copy of the list in its own database, so it can
 * hide what it refers to by key (a council seat's person, a campaign's lead organisation).
 */
@Entity({ name: 'lockdown' })
export class LockdownEntity {
  @PrimaryColumn({ name: 'subject_type', type: 'varchar', length: 20 })
  subjectType!: LockdownSubject;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'locked_at', type: 'timestamptz', default: () => 'now()' })
  lockedAt!: Date;
}

/** The table, created by a migration of each service. */
export const LOCKDOWN_TABLE_SQL = `
  CREATE TABLE lockdown (
    subject_type varchar(20) NOT NULL CHECK (subject_type IN ('PERSON', 'ORGANISATION')),
    subject_id uuid NOT NULL,
    locked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject_type, subject_id)
  )`;

/** SQL condition: the row's subject (an id expression) is not locked down. */
export function notLockedDown(subject: LockdownSubject, idExpression: string): string {
  return `NOT EXISTS (SELECT 1 FROM lockdown l WHERE l.subject_type = '${subject}' AND l.subject_id = ${idExpression})`;
}
