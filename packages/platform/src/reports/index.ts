export * from './report-period';
export * from './people-count.type';
export * from './report-reader';
export * from './region-report-key';
