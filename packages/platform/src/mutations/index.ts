export * from './audit-log';
export * from './user-errors';
export * from './mutation-runner';
export * from './audit-entry.type';
export * from './reference-checker';
export * from './writer-role';
export * from './audit-trail.stub';
