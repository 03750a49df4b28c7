export * from './label-catalog';
export * from './enum-label.type';
export * from './labels.type';
export * from './enum-labels.resolver';
export * from './shared-labels';
