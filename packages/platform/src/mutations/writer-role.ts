import { GraphQLError } from 'graphql';
import { Role, type Viewer } from '../context/viewer';

/**
 * Only editors and admins write; anyone else is refused outright, before any input is read.
 * Writers do not call it themselves: runWrite does, first.
 */
export function requireWriter(viewer: Viewer): void {
  if (!viewer.roles.some((role) => role === Role.ADMIN || role === Role.EDITOR)) {
    throw new GraphQLError('Only editors and admins may change records.', { extensions: { code: 'FORBIDDEN' } });
  }
}
