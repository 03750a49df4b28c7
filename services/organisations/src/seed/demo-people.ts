import {
  type DemoOrganisationSlug,
  type DemoWorkingGroupSlug,
  DEMO_WORKING_GROUP_SLUGS,
  type LocalizedText,
  Locale,
  Provenance,
  Region,
  Theme,
  text,
} from '@icssi/platform';
import { MembershipRole } from '../domain/membership-role';
import { PartnershipRole } from '../domain/partnership-role';

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };

/** Demo people are fictional, numbered, and flagged is_demo; no real activist is in the demo data. */
export interface DemoPerson {
  key: string;
  displayName: LocalizedText;
  pseudonym: string;
  region: Region;
  /** Who may see the (fictional) name: everyone, the network, or nobody but the region team. */
  nameConsent: 'PUBLIC' | 'NETWORK' | 'NONE';
  gender: 'FEMALE' | 'MALE';
  birthYear: number;
  membership: { workingGroup?: DemoWorkingGroupSlug; organisation?: DemoOrganisationSlug; role: MembershipRole };
}

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const arabicNumber = (n: number) => String(n).replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)]);

function demoPerson(n: number, group: DemoWorkingGroupSlug, role: MembershipRole): DemoPerson {
  const region = group.startsWith('kr-') ? Region.KURDISTAN_REGION : Region.FEDERAL_IRAQ;
  return {
    key: `person-${n}`,
    displayName: text(
      { en: `Demo Person ${n}`, ar: `شخص تجريبي ${arabicNumber(n)}`, ckb: `کەسی نموونەیی ${arabicNumber(n)}`, kmr: `Kesê Nimûne ${n}` },
      KURDISH_MACHINE,
    ),
    // A code only: pages show it with the word for activist in the reader's language.
    pseudonym: `${String.fromCharCode(65 + ((n - 1) % 26))}-${100 + n}`,
    region,
    // Every other person consented to publish their (fictional) name, some to the network only.
    nameConsent: n % 2 === 0 ? 'PUBLIC' : n % 4 === 1 ? 'NETWORK' : 'NONE',
    gender: n % 2 === 0 ? 'FEMALE' : 'MALE',
    birthYear: 1994 + (n % 9),
    membership: { workingGroup: group, role },
  };
}

/** A lead and a member for each of the ten working groups, and a coordinator of ICSSI. */
export const DEMO_PEOPLE: DemoPerson[] = [
  ...DEMO_WORKING_GROUP_SLUGS.flatMap((group, index) => [
    demoPerson(index * 2 + 1, group, MembershipRole.LEAD),
    demoPerson(index * 2 + 2, group, MembershipRole.MEMBER),
  ]),
  {
    ...demoPerson(21, 'fi-transparency', MembershipRole.COORDINATOR),
    membership: { organisation: 'icssi', role: MembershipRole.COORDINATOR },
  },
];

export interface DemoPartnership {
  organisation: DemoOrganisationSlug;
  partner: DemoOrganisationSlug;
  role: PartnershipRole;
  regionScope: Region | null;
  themes: Theme[];
  startDate: string;
}

/** From the source: PFO is ICSSI's key partner in the Kurdistan Region; the EU funds the project. */
export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    organisation: 'peace-and-freedom-organization',
    partner: 'icssi',
    role: PartnershipRole.KEY_PARTNER,
    regionScope: Region.KURDISTAN_REGION,
    themes: [Theme.FREEDOM_OF_EXPRESSION],
    startDate: '2025-01-01',
  },
  {
    organisation: 'peace-and-freedom-organization',
    partner: 'kurdistan-social-forum-secretariat',
    role: PartnershipRole.MEMBER_OF,
    regionScope: Region.KURDISTAN_REGION,
    themes: [Theme.FREEDOM_OF_EXPRESSION],
    startDate: '2025-01-01',
  },
  {
    organisation: 'european-commission',
    partner: 'icssi',
    role: PartnershipRole.FUNDER,
    regionScope: null,
    themes: [Theme.PEACEBUILDING, Theme.YOUTH_PARTICIPATION],
    startDate: '2025-01-01',
  },
  {
    organisation: 'iraqi-social-forum-secretariat',
    partner: 'icssi',
    role: PartnershipRole.IMPLEMENTING_PARTNER,
    regionScope: Region.FEDERAL_IRAQ,
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE],
    startDate: '2025-01-01',
  },
  {
    organisation: 'kurdistan-social-forum-secretariat',
    partner: 'icssi',
    role: PartnershipRole.IMPLEMENTING_PARTNER,
    regionScope: Region.KURDISTAN_REGION,
    themes: [Theme.DEMOCRATIC_GOVERNANCE],
    startDate: '2025-06-01',
  },
];

/** Governorates where each organisation is active (besides its headquarters). */
export const DEMO_ACTIVE_GOVERNORATES: Partial<Record<DemoOrganisationSlug, string[]>> = {
  icssi: ['IQ-BG', 'IQ-BA', 'IQ-NI', 'IQ-AR', 'IQ-SU'],
  'iraqi-social-forum-secretariat': ['IQ-BG', 'IQ-BA', 'IQ-NI', 'IQ-DI'],
  'kurdistan-social-forum-secretariat': ['IQ-AR', 'IQ-SU', 'IQ-DA', 'IQ-HA'],
  'peace-and-freedom-organization': ['IQ-AR', 'IQ-SU', 'IQ-DA'],
};
