import { type LockdownRegistry, LockdownSubject, type Viewer, isCustodian } from '@icssi/platform';
import { OrganisationStatus } from './organisation-status';
import { type OrganisationEntity } from '../entities/organisation.entity';
import { type PersonEntity } from '../entities/person.entity';
import { type WorkingGroupEntity } from '../entities/working-group.entity';

/** A person as the viewer may see it: locked-down and archived people exist for custodians only. */
export function visiblePerson(person: PersonEntity | null, viewer: Viewer, lockdown: LockdownRegistry): PersonEntity | null {
  if (!person || !lockdown.visibleTo(viewer, LockdownSubject.PERSON, person.id)) return null;
  return person.archivedAt && !isCustodian(viewer) ? null : person;
}

/** An organisation as the viewer may see it: locked-down and archived ones exist for custodians only. */
export function visibleOrganisation(
  organisation: OrganisationEntity | null,
  viewer: Viewer,
  lockdown: LockdownRegistry,
): OrganisationEntity | null {
  if (!organisation || !lockdown.visibleTo(viewer, LockdownSubject.ORGANISATION, organisation.id)) return null;
  return organisation.status === OrganisationStatus.ARCHIVED && !isCustodian(viewer) ? null : organisation;
}

/** A working group as the viewer may see it: an archived one exists for custodians only. */
export function visibleWorkingGroup(group: WorkingGroupEntity | null, viewer: Viewer): WorkingGroupEntity | null {
  return group && (!group.archivedAt || isCustodian(viewer)) ? group : null;
}
