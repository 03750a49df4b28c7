import { GraphQLError } from 'graphql';
import { Role, type Viewer } from '../context/viewer';

/** Cross-region reports (and their exports) are the bridge team's, the admins' and each region's editors'. */
export const isReportReader = (viewer: Viewer): boolean =>
  viewer.roles.some((role) => role === Role.BRIDGE || role === Role.ADMIN || role === Role.EDITOR);

export function requireReportReader(viewer: Viewer): void {
  if (!isReportReader(viewer)) {
    throw new GraphQLError('Reports are available to the bridge team, editors and admins.', { extensions: { code: 'FORBIDDEN' } });
  }
}
