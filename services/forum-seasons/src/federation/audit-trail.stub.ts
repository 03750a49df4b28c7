import { createAuditTrailStub } from '@icssi/platform';

/** This subgraph's own stub of the audit trail entity (owned by the organisations subgraph). */
export const AuditTrailStub = createAuditTrailStub();
