export * from './lockdown.entity';
export * from './lockdown-registry';
export * from './lockdown-transport';
export * from './create-lockdown.migration';
