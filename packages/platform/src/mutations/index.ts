export * from './audit-log';
export * from './user-errors';
export * from './mutation-runner';
export * from './audit-entry.type';
export * from './reference-checker';
// writer-role.ts (requireWriter) is runWrite's own step: writers call runWrite, not the check.
export * from './audit-trail.stub';
export * from './write-scope';
export * from './idempotency-key-per-caller.migration';
export * from './write-target';
export * from './dated-record';
export * from './archive-record';
export * from './update-record';
export * from './mutation-payload';
