import { connectionType } from '@icssi/platform';
import { Governorate } from './governorate.type';
import { Membership } from './membership.type';
import { Organisation } from './organisation.type';
import { Person } from './person.type';
import { Programme } from './programme.type';
import { WorkingGroup } from './working-group.type';

export const GovernorateConnection = connectionType(Governorate, 'Governorate', 'A page of governorates.');
export const OrganisationConnection = connectionType(Organisation, 'Organisation', 'A page of organisations.');
export const WorkingGroupConnection = connectionType(WorkingGroup, 'WorkingGroup', 'A page of working groups.');
export const PersonConnection = connectionType(Person, 'Person', 'A page of people (public, pseudonymous view).');
export const MembershipConnection = connectionType(Membership, 'Membership', 'A page of memberships.');
export const ProgrammeConnection = connectionType(Programme, 'Programme', 'A page of programmes.');
