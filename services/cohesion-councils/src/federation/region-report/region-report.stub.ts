import { createRegionReportStub } from '@icssi/platform';

/** This subgraph's stub of the region report (owned by the organisations subgraph). */
export const RegionReportStub = createRegionReportStub();
