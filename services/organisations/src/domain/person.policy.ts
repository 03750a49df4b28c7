import { type DataSource } from 'typeorm';
import {
  type Locale,
  type LocalizedString,
  Visibility,
  type Viewer,
  canSee,
  displayPseudonym,
  isCustodian,
  localize,
  localizedString,
} from '@icssi/platform';
import { ContactAccessEntity } from '../entities/contact-access.entity';
import { type PersonEntity } from '../entities/person.entity';
import { type PersonGender } from './person-gender';

/**
 * What each viewer may see of a person (docs/architecture.md §4.4). Every personal field has a class:
 *   pseudonym, region ............................ public
 *   displayName ................................... public / network with consent, else region team
 *   gender, birthYear ............................ region team (statistics use aggregates only)
 *   contact details (email, phone) ............... region team, and every read is logged
 *   lockdown state ................................ custodian
 */
export class PersonPolicy {
  constructor(private readonly dataSource: DataSource) {}

  nameVisibility(person: PersonEntity): Visibility {
    const consent = person.consent?.displayName;
    if (consent === true || consent === 'PUBLIC') return Visibility.PUBLIC;
    if (consent === 'NETWORK') return Visibility.NETWORK;
    return Visibility.REGION_TEAM;
  }

  displayName(person: PersonEntity, viewer: Viewer, locale: Locale): string {
    if (!canSee(viewer, this.nameVisibility(person), person.region)) return this.pseudonym(person, locale);
    return localize(person.displayName, locale) ?? this.pseudonym(person, locale);
  }

  /** The name with the language it came in, where the viewer may see it; null when the pseudonym is shown. */
  displayNameText(person: PersonEntity, viewer: Viewer, locale: Locale): LocalizedString | null {
    if (!canSee(viewer, this.nameVisibility(person), person.region)) return null;
    return localizedString(person.displayName, locale);
  }

  /** Public: the pseudonym in the reader's script (see displayPseudonym). */
  pseudonym(person: PersonEntity, locale: Locale): string {
    return displayPseudonym(person.pseudonym, locale);
  }

  namePublished(person: PersonEntity, viewer: Viewer): boolean {
    return canSee(viewer, this.nameVisibility(person), person.region);
  }

  /** gender and birthYear: never public for an individual. */
  demographics(person: PersonEntity, viewer: Viewer): { gender: PersonGender | null; birthYear: number | null } {
    if (!canSee(viewer, Visibility.REGION_TEAM, person.region)) return { gender: null, birthYear: null };
    return { gender: person.gender, birthYear: person.birthYear };
  }

  /** Contact details for the person's region team only; the read is written to the access log first. */
  async contact(person: PersonEntity, viewer: Viewer, requestId: string): Promise<{ email: string | null; phone: string | null } | null> {
    if (!canSee(viewer, Visibility.REGION_TEAM, person.region)) return null;
    await this.dataSource.getRepository(ContactAccessEntity).insert({
      viewerId: viewer.id ?? 'unknown',
      viewerRoles: viewer.roles,
      personId: person.id,
      fields: ['email', 'phone'],
      requestId: requestId.slice(0, 100),
    });
    return { email: person.email, phone: person.phone };
  }

  lockdownVisible(viewer: Viewer): boolean {
    return isCustodian(viewer);
  }
}
