export * from './page-info.type';
export * from './order-direction.enum';
export * from './connection.type';
export * from './connection.args';
export * from './cursor';
export * from './keyset-lister';
export * from './filtered-list';
