import {
  type DemoOrganisationSlug,
  type DemoWorkingGroupSlug,
  type LocalizedText,
  Locale,
  Provenance,
  Region,
  Theme,
  text,
} from '@icssi/platform';
import { CampaignStatus } from '../domain/campaign-status';

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };

export interface DemoCampaign {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText | null;
  themes: Theme[];
  status: CampaignStatus;
  regions: Region[];
  governorateCodes: string[];
  startDate: string;
  endDate: string | null;
  leadWorkingGroup: DemoWorkingGroupSlug | null;
  leadOrganisation: DemoOrganisationSlug | null;
  parent: string | null;
}

/** A few campaigns of the kinds the source announces (transparency, peacebuilding, governance, women's participation). */
export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    slug: 'joint-nonviolence-and-coexistence',
    title: text(
      {
        en: 'Joint Campaign for Non-violence and Peaceful Coexistence',
        ar: 'الحملة المشتركة لنبذ العنف والتعايش السلمي',
        ckb: 'هەڵمەتی هاوبەش بۆ دژایەتیی توندوتیژی و پێکەوەژیانی ئاشتیانە',
        kmr: 'Kampanyaya Hevbeş ji bo Ne-şîdet û Pêkvejiyana Aştiyane',
      },
      KURDISH_MACHINE,
    ),
    summary: text(
      {
        en: 'Cross-region campaign of the ten youth working groups, coordinated by ICSSI.',
        ar: 'حملة مشتركة بين المنطقتين لمجموعات العمل الشبابية العشر، بتنسيق من مبادرة التضامن مع المجتمع المدني العراقي.',
        ckb: 'هەڵمەتێکی هاوبەشی نێوان هەردوو هەرێمە بۆ دە گرووپی کاری گەنجان، بە هەماهەنگیی دەستپێشخەری هاوپشتی لەگەڵ کۆمەڵگەی مەدەنیی عێراقی.',
        kmr: 'Kampanyayeke hevbeş a her du herêman e ji bo deh komên karê yên ciwanan, bi hevrêziya Însiyatîfa Piştgiriyê ya bi Civaka Sivîl a Iraqê re.',
      },
      KURDISH_MACHINE,
    ),
    themes: [Theme.PEACEBUILDING, Theme.CIVIL_PEACE_AND_COEXISTENCE],
    status: CampaignStatus.ACTIVE,
    regions: [Region.FEDERAL_IRAQ, Region.KURDISTAN_REGION],
    governorateCodes: ['IQ-BG', 'IQ-AR'],
    startDate: '2026-02-01',
    endDate: '2026-12-31',
    leadWorkingGroup: null,
    leadOrganisation: 'icssi',
    parent: null,
  },
  {
    slug: 'open-budgets-baghdad',
    title: text(
      { en: 'Open Budgets for Baghdad', ar: 'موازنات مفتوحة لبغداد', ckb: 'بودجەی کراوە بۆ بەغدا', kmr: 'Budçeyên Vekirî ji bo Bexdayê' },
      KURDISH_MACHINE,
    ),
    summary: text({ en: 'Asks the governorate to publish its budget and spending.', ar: 'تطالب المحافظة بنشر موازنتها ونفقاتها.' }),
    themes: [Theme.TRANSPARENCY],
    status: CampaignStatus.ACTIVE,
    regions: [Region.FEDERAL_IRAQ],
    governorateCodes: ['IQ-BG'],
    startDate: '2026-01-15',
    endDate: '2026-06-30',
    leadWorkingGroup: 'fi-transparency',
    leadOrganisation: 'iraqi-social-forum-secretariat',
    parent: null,
  },
  {
    slug: 'women-in-local-decisions',
    title: text(
      { en: 'Women in Local Decisions', ar: 'المرأة في القرار المحلي', ckb: 'ئافرەتان لە بڕیاری خۆجێیی', kmr: 'Jin di Biryarên Herêmî de' },
      KURDISH_MACHINE,
    ),
    summary: text({
      en: 'Asks the governorate councils of Baghdad and Basra to open their committees to women.',
      ar: 'تطالب مجلسي محافظتي بغداد والبصرة بفتح لجانهما أمام مشاركة النساء.',
    }),
    themes: [Theme.WOMENS_PARTICIPATION, Theme.DEMOCRATIC_GOVERNANCE],
    status: CampaignStatus.PLANNED,
    regions: [Region.FEDERAL_IRAQ],
    governorateCodes: ['IQ-BG', 'IQ-BA'],
    startDate: '2027-01-10',
    endDate: null,
    leadWorkingGroup: 'fi-womens-participation',
    leadOrganisation: 'icssi',
    parent: null,
  },
  {
    slug: 'peace-week-nineveh',
    title: text(
      { en: 'Peace Week in Nineveh', ar: 'أسبوع السلام في نينوى', ckb: 'هەفتەی ئاشتی لە نەینەوا', kmr: 'Hefteya Aştiyê li Neynewayê' },
      KURDISH_MACHINE,
    ),
    summary: text(
      {
        en: 'A week of music, theatre and youth dialogue between the communities of Nineveh.',
        ar: 'أسبوع من الموسيقى والمسرح والحوار الشبابي بين مكونات نينوى.',
        kmr: 'Hefteyek ji muzîk, şano û diyaloga ciwanan di navbera civakên Neynewayê de.',
      },
      KURDISH_MACHINE,
    ),
    themes: [Theme.PEACEBUILDING],
    status: CampaignStatus.COMPLETED,
    regions: [Region.FEDERAL_IRAQ],
    governorateCodes: ['IQ-NI'],
    startDate: '2026-03-20',
    endDate: '2026-03-27',
    leadWorkingGroup: 'fi-peacebuilding',
    leadOrganisation: null,
    parent: 'joint-nonviolence-and-coexistence',
  },
  {
    slug: 'speak-freely-kurdistan',
    title: text({ en: 'Speak Freely', ar: 'تكلّم بحرية', ckb: 'بە ئازادی قسە بکە', kmr: 'Bi Azadî Biaxive' }, KURDISH_MACHINE),
    summary: text(
      {
        en: 'Freedom of expression campaign with the Peace and Freedom Organization.',
        ar: 'حملة من أجل حرية التعبير مع منظمة السلام والحرية.',
        ckb: 'هەڵمەتێکە بۆ ئازادیی ڕادەربڕین لەگەڵ ڕێکخراوی ئاشتی و ئازادی.',
        kmr: 'Kampanyayek e ji bo azadiya derbirînê bi Rêxistina Aştî û Azadiyê re.',
      },
      KURDISH_MACHINE,
    ),
    themes: [Theme.FREEDOM_OF_EXPRESSION],
    status: CampaignStatus.ACTIVE,
    regions: [Region.KURDISTAN_REGION],
    governorateCodes: ['IQ-AR', 'IQ-SU', 'IQ-DA'],
    startDate: '2026-04-03',
    endDate: '2026-12-15',
    leadWorkingGroup: 'kr-freedom-of-expression',
    leadOrganisation: 'peace-and-freedom-organization',
    parent: 'joint-nonviolence-and-coexistence',
  },
  {
    slug: 'accountable-municipalities-erbil',
    title: text(
      { en: 'Accountable Municipalities', ar: 'بلديات خاضعة للمساءلة', ckb: 'شارەوانیی بەرپرسیار', kmr: 'Şaredariyên Berpirsiyar' },
      KURDISH_MACHINE,
    ),
    summary: text(
      {
        en: 'Asks Erbil’s municipalities to publish their decisions and to answer residents’ questions in public.',
        ar: 'تطالب بلديات أربيل بنشر قراراتها والإجابة عن أسئلة السكان علناً.',
        ckb: 'داوا لە شارەوانییەکانی هەولێر دەکات بڕیارەکانیان بڵاو بکەنەوە و بە ئاشکرا وەڵامی پرسیارەکانی دانیشتووان بدەنەوە.',
        kmr: 'Ji şaredariyên Hewlêrê dixwaze ku biryarên xwe belav bikin û bi eşkere bersiva pirsên niştecihan bidin.',
      },
      KURDISH_MACHINE,
    ),
    themes: [Theme.TRANSPARENCY, Theme.DEMOCRATIC_GOVERNANCE],
    status: CampaignStatus.ACTIVE,
    regions: [Region.KURDISTAN_REGION],
    governorateCodes: ['IQ-AR'],
    startDate: '2026-05-01',
    endDate: null,
    leadWorkingGroup: 'kr-transparency',
    leadOrganisation: 'kurdistan-social-forum-secretariat',
    parent: null,
  },
  {
    slug: 'citizens-budget-hearings',
    title: text(
      {
        en: 'Citizens’ Budget Hearings',
        ar: 'جلسات استماع المواطنين بشأن الموازنة',
        ckb: 'دانیشتنەکانی گوێگرتنی هاووڵاتیان لەسەر بودجە',
        kmr: 'Guhdariyên Welatiyan li ser Budçeyê',
      },
      KURDISH_MACHINE,
    ),
    summary: text({
      en: 'Public hearings where residents ask how the provincial budget is spent.',
      ar: 'جلسات استماع علنية يسأل فيها السكان عن أوجه إنفاق موازنة المحافظة.',
    }),
    themes: [Theme.DEMOCRATIC_GOVERNANCE, Theme.TRANSPARENCY],
    status: CampaignStatus.ACTIVE,
    regions: [Region.FEDERAL_IRAQ],
    governorateCodes: ['IQ-BG', 'IQ-BB'],
    startDate: '2026-06-01',
    endDate: '2026-11-30',
    leadWorkingGroup: 'fi-democratic-governance',
    leadOrganisation: 'iraqi-social-forum-secretariat',
    parent: null,
  },
  {
    slug: 'neighbours-not-strangers',
    title: text(
      { en: 'Neighbours, Not Strangers', ar: 'جيران لا غرباء', ckb: 'دراوسێ نەک بێگانە', kmr: 'Cîran, ne Biyanî' },
      KURDISH_MACHINE,
    ),
    summary: text(
      {
        en: 'Cultural events bringing communities together around civil peace and coexistence.',
        ar: 'فعاليات ثقافية تجمع المجتمعات المحلية حول السلم المدني والتعايش.',
        kmr: 'Çalakiyên çandî yên ku civakan li dora aştiya sivîl û pêkvejiyanê dicivînin.',
      },
      KURDISH_MACHINE,
    ),
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE],
    status: CampaignStatus.ACTIVE,
    regions: [Region.FEDERAL_IRAQ],
    governorateCodes: ['IQ-NI', 'IQ-DI'],
    startDate: '2026-07-10',
    endDate: null,
    leadWorkingGroup: 'fi-civil-peace',
    leadOrganisation: 'icssi',
    parent: 'joint-nonviolence-and-coexistence',
  },
  {
    slug: 'dialogue-circles-kurdistan',
    title: text({ en: 'Dialogue Circles', ar: 'حلقات الحوار', ckb: 'بازنەکانی گفتوگۆ', kmr: 'Xelekên Diyalogê' }, KURDISH_MACHINE),
    summary: text(
      {
        en: 'Small dialogue circles of young people from different communities in Duhok and Halabja.',
        ar: 'حلقات حوار صغيرة تجمع شباباً من مكونات مختلفة في دهوك وحلبجة.',
        ckb: 'بازنەی بچووکی گفتوگۆ کە گەنجانی پێکهاتە جیاوازەکان لە دهۆک و هەڵەبجە کۆ دەکاتەوە.',
        kmr: 'Xelekên diyalogê yên biçûk ku ciwanên ji civakên cuda li Dihokê û Helebceyê dicivînin.',
      },
      KURDISH_MACHINE,
    ),
    themes: [Theme.PEACEBUILDING, Theme.YOUTH_PARTICIPATION],
    status: CampaignStatus.PLANNED,
    regions: [Region.KURDISTAN_REGION],
    governorateCodes: ['IQ-DA', 'IQ-HA'],
    startDate: '2027-02-01',
    endDate: null,
    leadWorkingGroup: 'kr-peacebuilding',
    leadOrganisation: 'kurdistan-social-forum-secretariat',
    parent: null,
  },
  {
    slug: 'youth-in-local-councils-kurdistan',
    title: text(
      {
        en: 'Youth Voices in Local Councils',
        ar: 'أصوات الشباب في المجالس المحلية',
        ckb: 'دەنگی گەنجان لە ئەنجومەنە خۆجێییەکان',
        kmr: 'Dengê Ciwanan di Encumenên Herêmî de',
      },
      KURDISH_MACHINE,
    ),
    summary: text(
      {
        en: 'Trains young people in Sulaymaniyah to follow local council sessions and to speak in them.',
        ar: 'تدرّب الشباب في السليمانية على متابعة جلسات المجالس المحلية والتحدث فيها.',
        ckb: 'گەنجان لە سلێمانی ڕادەهێنێت بۆ بەدواداچوونی دانیشتنەکانی ئەنجومەنە خۆجێییەکان و قسەکردن تێیاندا.',
        kmr: 'Ciwanên li Silêmaniyê perwerde dike da ku rûniştinên encumenên herêmî bişopînin û tê de biaxivin.',
      },
      KURDISH_MACHINE,
    ),
    themes: [Theme.DEMOCRATIC_GOVERNANCE, Theme.YOUTH_PARTICIPATION],
    status: CampaignStatus.ACTIVE,
    regions: [Region.KURDISTAN_REGION],
    governorateCodes: ['IQ-SU'],
    startDate: '2026-09-01',
    endDate: null,
    leadWorkingGroup: 'kr-democratic-governance',
    leadOrganisation: null,
    parent: null,
  },
  {
    slug: 'women-lead-kurdistan',
    title: text({ en: 'Women Lead', ar: 'النساء يقُدن', ckb: 'ئافرەتان سەرکردایەتی دەکەن', kmr: 'Jin Pêşengiyê Dikin' }, KURDISH_MACHINE),
    summary: text(
      {
        en: 'Women activists and local leaders in Erbil and Sulaymaniyah share how they lead in public life.',
        ar: 'ناشطات وقائدات محليات في أربيل والسليمانية يتبادلن تجاربهن في القيادة في الحياة العامة.',
        ckb: 'ئافرەتانی چالاکوان و سەرکردە خۆجێییەکان لە هەولێر و سلێمانی ئەزموونی سەرکردایەتیی خۆیان لە ژیانی گشتیدا دەگوازنەوە.',
        kmr: 'Jinên çalakvan û rêberên herêmî li Hewlêrê û Silêmaniyê ezmûnên xwe yên rêberiyê di jiyana giştî de parve dikin.',
      },
      KURDISH_MACHINE,
    ),
    themes: [Theme.WOMENS_PARTICIPATION],
    status: CampaignStatus.COMPLETED,
    regions: [Region.KURDISTAN_REGION],
    governorateCodes: ['IQ-AR', 'IQ-SU'],
    startDate: '2026-03-08',
    endDate: '2026-04-30',
    leadWorkingGroup: 'kr-womens-participation',
    leadOrganisation: 'kurdistan-social-forum-secretariat',
    parent: null,
  },
];
