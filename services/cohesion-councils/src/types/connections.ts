import { connectionType } from '@icssi/platform';
import { CohesionCouncil } from './cohesion-council.type';
import { CouncilMeeting } from './council-meeting.type';
import { CouncilMember } from './council-member.type';
import { ImplementationUpdate } from './implementation-update.type';
import { Implementation } from './implementation.type';

export const CohesionCouncilConnection = connectionType(CohesionCouncil, 'CohesionCouncil', 'A page of cohesion councils.');
export const CouncilMemberConnection = connectionType(CouncilMember, 'CouncilMember', 'A page of council seats.');
export const CouncilMeetingConnection = connectionType(CouncilMeeting, 'CouncilMeeting', 'A page of council meetings, newest first.');
export const ImplementationConnection = connectionType(Implementation, 'Implementation', 'A page of implementations.');
export const ImplementationUpdateConnection = connectionType(
  ImplementationUpdate,
  'ImplementationUpdate',
  'A page of an implementation’s timeline, oldest first.',
);
