import { createGovernorateReportStub } from '@icssi/platform';

/** This subgraph's stub of the governorate report (owned by the organisations subgraph). */
export const GovernorateReportStub = createGovernorateReportStub();
