import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The audit trail entity (owned by the organisations subgraph); this subgraph adds its own records.
 * Each subgraph declares its own class: type-graphql keeps field metadata per class, so a shared
 * class would collect every subgraph's fields when several schemas are built in one process.
 */
@Directive('@key(fields: "entityId")')
@ObjectType('AuditTrail', { description: 'Who changed a record, when, and what (admins only).' })
export class AuditTrailStub {
  @Field(() => ID, { description: 'The record.' })
  entityId!: string;
}

export const resolveAuditTrailStub = (reference: { entityId: string }): AuditTrailStub => ({ entityId: reference.entityId });
