import { type AuditTrail } from '../types/audit-trail.type';

export const resolveAuditTrailReference = (reference: { entityId: string }): AuditTrail => ({ entityId: reference.entityId });
