import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The audit trail entity as a subgraph other than organisations (its owner) sees it: only its key. */
export interface AuditTrailKey {
  entityId: string;
}

/**
 * A fresh `AuditTrail` stub class for one subgraph to add its own audit records to. A new class per
 * call because type-graphql keeps field metadata per class: one shared class would collect every
 * subgraph's fields when several schemas are built in one process (the test stack, `npm run compose`).
 */
export function createAuditTrailStub(): new () => AuditTrailKey {
  @Directive('@key(fields: "entityId")')
  @ObjectType('AuditTrail', { description: 'Who changed a record, when, and what (admins only).' })
  class AuditTrailStub implements AuditTrailKey {
    @Field(() => ID, { description: 'The record.' })
    entityId!: string;
  }
  return AuditTrailStub;
}

export const resolveAuditTrailStub = (reference: AuditTrailKey): AuditTrailKey => ({ entityId: reference.entityId });
