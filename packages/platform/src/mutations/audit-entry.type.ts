import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { isCustodian } from '../context/access';
import { Viewer } from '../context/viewer';
import { GraphQLJSON } from 'graphql-scalars';

// Defined identically in every subgraph that contributes to an audit trail, hence @shareable.
@Directive('@shareable')
@ObjectType('AuditEntry', { description: 'One recorded change: who, when, what (values of personal fields are never kept).' })
export class AuditEntry {
  @Field({ description: 'When the change was committed.' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who made it (token subject).' })
  viewerId!: string | null;

  @Field(() => [String], { description: 'The roles they had.' })
  viewerRoles!: string[];

  @Field({ description: 'The mutation, e.g. updateOrganisation.' })
  operation!: string;

  @Field({ description: 'The kind of record changed.' })
  entityType!: string;

  @Field(() => ID, { description: 'The record changed.' })
  entityId!: string;

  @Field(() => GraphQLJSON, {
    description: 'The changed fields with old and new values ([{ field, old, new }] or { field, personal: true }).',
  })
  changes!: unknown;

  @Field({ description: 'The request id, to find the request in the logs.' })
  requestId!: string;
}

/** Audit trails are for custodians only. */
export function requireCustodian(viewer: Viewer): void {
  if (!isCustodian(viewer)) throw new GraphQLError('Audit trails are available to admins only.', { extensions: { code: 'FORBIDDEN' } });
}

/** The audit records of one entity in this subgraph's database, oldest first (admins only). */
export async function readAuditTrail(dataSource: DataSource, viewer: Viewer, entityId: string): Promise<AuditEntry[]> {
  requireCustodian(viewer);
  const rows = await dataSource.query(
    `SELECT occurred_at, viewer_id, viewer_roles, operation, entity_type, entity_id, changes, request_id
     FROM audit_log WHERE entity_id = $1 ORDER BY id LIMIT 1000`,
    [entityId.slice(0, 100)],
  );
  return rows.map((row: Record<string, unknown>) => ({
    occurredAt: row.occurred_at as Date,
    viewerId: row.viewer_id as string | null,
    viewerRoles: row.viewer_roles as string[],
    operation: row.operation as string,
    entityType: row.entity_type as string,
    entityId: row.entity_id as string,
    changes: row.changes,
    requestId: row.request_id as string,
  }));
}
