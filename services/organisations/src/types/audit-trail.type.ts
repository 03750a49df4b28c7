import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The audit trail of one record. Each subgraph keeps the audit records of its own mutations and
 * adds them here as a field of its own.
 */
@Directive('@key(fields: "entityId")')
@ObjectType('AuditTrail', { description: 'Who changed a record, when, and what (admins only).' })
export class AuditTrail {
  @Field(() => ID, { description: 'The record.' })
  entityId!: string;
}
