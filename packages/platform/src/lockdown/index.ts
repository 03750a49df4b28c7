export * from './lockdown.entity';
export * from './lockdown-registry';
export * from './lockdown-transport';
export * from './create-lockdown.migration';
export * from './lockdown-watcher';
export * from './lockdown-version.migration';
export * from './lockdown-follower';
export * from './peer-reachability';
