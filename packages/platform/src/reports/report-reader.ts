import { GraphQLError } from 'graphql';
import { Role, Viewer } from '../context/viewer';

/** Cross-region reports are the bridge team's and the admins' (and each region's editors'). */
export function requireReportReader(viewer: Viewer): void {
  if (!viewer.roles.some((role) => role === Role.BRIDGE || role === Role.ADMIN || role === Role.EDITOR)) {
    throw new GraphQLError('Reports are available to the bridge team, editors and admins.', { extensions: { code: 'FORBIDDEN' } });
  }
}
