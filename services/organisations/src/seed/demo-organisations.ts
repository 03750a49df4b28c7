import { type DemoOrganisationSlug, Locale, Provenance, Region, Theme, text } from '@icssi/platform';
import { OrganisationKind } from '../domain/organisation-kind';
import { OrganisationStatus } from '../domain/organisation-status';
import { RegistrationStatus } from '../domain/registration-status';
import { type OrganisationEntity } from '../entities/organisation.entity';

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };
/** A Kurdistan organisation's Sorani name is its own name (HUMAN); the Kurmanji one is machine-translated. */
const OWN_SORANI_NAME = { [Locale.ckb]: Provenance.HUMAN, [Locale.kmr]: Provenance.MACHINE };

type DemoOrganisation = Omit<OrganisationEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'slug'> & {
  slug: DemoOrganisationSlug;
};

/** The organisations named in the source text (shared/source/000_35d651538e5a35a1.txt). */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: 'icssi',
    name: text(
      {
        en: 'Iraqi Civil Society Solidarity Initiative',
        ar: 'مبادرة التضامن مع المجتمع المدني العراقي',
        ckb: 'دەستپێشخەری هاوپشتی لەگەڵ کۆمەڵگەی مەدەنیی عێراقی',
        kmr: 'Însiyatîfa Piştgiriyê ya bi Civaka Sivîl a Iraqê re',
      },
      KURDISH_MACHINE,
    ),
    description: text(
      {
        en: 'A bridge between Iraqi and international civil society; runs the three-year, EU-funded youth project on non-violence and peaceful coexistence.',
        ar: 'جسر للتواصل بين المجتمع المدني العراقي والدولي؛ تنفذ مشروع الشباب لثلاث سنوات بتمويل من المفوضية الأوروبية من أجل نبذ العنف والتعايش السلمي.',
        ckb: 'پردێکە لە نێوان کۆمەڵگەی مەدەنیی عێراقی و نێودەوڵەتیدا؛ پڕۆژەی سێ ساڵەی گەنجان بۆ دژایەتیی توندوتیژی و پێکەوەژیانی ئاشتیانە بەڕێوە دەبات، کە کۆمیسیۆنی ئەورووپا پارەکەی دابین دەکات.',
        kmr: 'Pireyek e di navbera civaka sivîl a Iraqê û ya navneteweyî de; projeya ciwanan a sê salan a ji bo ne-şîdet û pêkvejiyana aştiyane bi rê ve dibe, ku Komîsyona Ewropî fînanse dike.',
      },
      KURDISH_MACHINE,
    ),
    acronym: 'ICSSI',
    kind: OrganisationKind.NETWORK,
    homeRegion: Region.INTERNATIONAL,
    headquartersCode: null,
    themes: [Theme.PEACEBUILDING, Theme.HUMAN_RIGHTS, Theme.YOUTH_PARTICIPATION],
    foundedYear: 2009,
    website: null,
    status: OrganisationStatus.ACTIVE,
    registrationStatus: RegistrationStatus.REGISTERED,
  },
  {
    slug: 'iraqi-social-forum-secretariat',
    name: text(
      {
        en: 'Iraqi Social Forum Secretariat',
        ar: 'أمانة المنتدى الاجتماعي العراقي',
        ckb: 'سکرتاریەتی مەکۆی کۆمەڵایەتیی عێراقی',
        kmr: 'Sekreteriya Foruma Civakî ya Iraqê',
      },
      KURDISH_MACHINE,
    ),
    description: null,
    acronym: 'ISF',
    kind: OrganisationKind.FORUM_SECRETARIAT,
    homeRegion: Region.FEDERAL_IRAQ,
    headquartersCode: 'IQ-BG',
    themes: [Theme.DEMOCRATIC_GOVERNANCE, Theme.CIVIL_PEACE_AND_COEXISTENCE],
    foundedYear: 2023,
    website: null,
    status: OrganisationStatus.ACTIVE,
    registrationStatus: RegistrationStatus.INFORMAL,
  },
  {
    slug: 'kurdistan-social-forum-secretariat',
    name: text(
      {
        en: 'Kurdistan Social Forum Secretariat',
        ar: 'أمانة المنتدى الاجتماعي الكردستاني',
        ckb: 'سکرتاریەتی مەکۆی کۆمەڵایەتیی کوردستان',
        kmr: 'Sekreteriya Foruma Civakî ya Kurdistanê',
      },
      OWN_SORANI_NAME,
    ),
    description: null,
    acronym: 'KSF',
    kind: OrganisationKind.FORUM_SECRETARIAT,
    homeRegion: Region.KURDISTAN_REGION,
    headquartersCode: 'IQ-AR',
    themes: [Theme.DEMOCRATIC_GOVERNANCE, Theme.FREEDOM_OF_EXPRESSION],
    foundedYear: 2025,
    website: null,
    status: OrganisationStatus.ACTIVE,
    registrationStatus: RegistrationStatus.INFORMAL,
  },
  {
    slug: 'peace-and-freedom-organization',
    name: text(
      {
        en: 'Peace and Freedom Organization',
        ar: 'منظمة السلام والحرية',
        ckb: 'ڕێکخراوی ئاشتی و ئازادی',
        kmr: 'Rêxistina Aştî û Azadiyê',
      },
      OWN_SORANI_NAME,
    ),
    description: text(
      {
        en: 'Key partner of the project in the Kurdistan Region, working on freedom of expression; an active part of the Kurdistan Social Forum.',
        ar: 'شريك أساسي في المشروع على مستوى إقليم كوردستان للعمل على حرية التعبير، وجزء فاعل من المنتدى الاجتماعي الكوردستاني.',
        ckb: 'هاوبەشی سەرەکیی پڕۆژەکەیە لە هەرێمی کوردستان و کار لەسەر ئازادیی ڕادەربڕین دەکات؛ بەشێکی چالاکی مەکۆی کۆمەڵایەتیی کوردستانە.',
        kmr: 'Hevkarê sereke yê projeyê li Herêma Kurdistanê ye û li ser azadiya derbirînê dixebite; beşeke çalak a Foruma Civakî ya Kurdistanê ye.',
      },
      KURDISH_MACHINE,
    ),
    acronym: 'PFO',
    kind: OrganisationKind.CIVIL_SOCIETY_ORGANISATION,
    homeRegion: Region.KURDISTAN_REGION,
    headquartersCode: 'IQ-AR',
    themes: [Theme.FREEDOM_OF_EXPRESSION, Theme.HUMAN_RIGHTS],
    foundedYear: null,
    website: null,
    status: OrganisationStatus.ACTIVE,
    registrationStatus: RegistrationStatus.REGISTERED,
  },
  {
    slug: 'european-commission',
    name: text(
      { en: 'European Commission', ar: 'المفوضية الأوروبية', ckb: 'کۆمیسیۆنی ئەورووپا', kmr: 'Komîsyona Ewropî' },
      KURDISH_MACHINE,
    ),
    description: text(
      {
        en: 'Funder of the three-year youth civil-society project.',
        ar: 'الجهة الممولة لمشروع الشباب لمدة ثلاث سنوات.',
        ckb: 'لایەنی دابینکەری پارەی پڕۆژەی سێ ساڵەی گەنجان لە کۆمەڵگەی مەدەنیدا.',
        kmr: 'Fînanskerê projeya sê salan a ciwanan di civaka sivîl de.',
      },
      KURDISH_MACHINE,
    ),
    acronym: 'EC',
    kind: OrganisationKind.DONOR,
    homeRegion: Region.INTERNATIONAL,
    headquartersCode: null,
    themes: [],
    foundedYear: 1958,
    website: null,
    status: OrganisationStatus.ACTIVE,
    registrationStatus: RegistrationStatus.REGISTERED,
  },
];
