import { DEMO_PROGRAMME_SLUG, type DemoOrganisationSlug, Locale, Provenance, Region, Theme, text } from '@icssi/platform';
import { PartnershipRole } from '../domain/partnership-role';
import { type ProgrammeEntity } from '../entities/programme.entity';

/** The Arabic comes from the source text (HUMAN); English, Sorani and Kurmanji are machine translations of it. */
const FROM_ARABIC_SOURCE = { [Locale.en]: Provenance.MACHINE, [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };

type DemoProgramme = Omit<ProgrammeEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'leadOrganisationId' | 'funderOrganisationId'> & {
  lead: DemoOrganisationSlug;
  funder: DemoOrganisationSlug;
  partners: Array<{ organisation: DemoOrganisationSlug; role: PartnershipRole }>;
};

/**
 * ICSSI's three-year project, funded by the European Commission (shared/source): it started at the
 * beginning of last year, with the working groups; its forums and councils belong to it.
 */
export const DEMO_PROGRAMME: DemoProgramme = {
  slug: DEMO_PROGRAMME_SLUG,
  name: text(
    {
      ar: 'تمكين الشباب في المجتمع المدني العراقي من أجل نبذ العنف والتعايش السلمي',
      en: 'Empowering Youth in Iraqi Civil Society for Non-violence and Peaceful Coexistence',
      ckb: 'بەهێزکردنی گەنجان لە کۆمەڵگەی مەدەنیی عێراقیدا بۆ دژایەتیی توندوتیژی و پێکەوەژیانی ئاشتیانە',
      kmr: 'Xurtkirina ciwanan di civaka sivîl a Iraqê de ji bo ne-şîdet û pêkvejiyana aştiyane',
    },
    FROM_ARABIC_SOURCE,
  ),
  description: text(
    {
      ar: 'يهدف المشروع، الذي تموله المفوضية الأوروبية، إلى بناء تحالفات بين مجموعات المجتمع المدني من أجل تعزيز التغيير الاجتماعي والثقافي والسياسي.',
      en: 'The project, funded by the European Commission, builds alliances between civil-society groups to promote social, cultural and political change.',
      ckb: 'پڕۆژەکە، کە کۆمیسیۆنی ئەورووپا پارەکەی دابین دەکات، هاوپەیمانی لە نێوان گرووپەکانی کۆمەڵگەی مەدەنیدا بنیات دەنێت بۆ بەرەوپێشبردنی گۆڕانکاریی کۆمەڵایەتی و کولتووری و سیاسی.',
      kmr: 'Proje, ku Komîsyona Ewropî fînanse dike, di navbera komên civaka sivîl de hevbendiyan ava dike da ku guhertina civakî, çandî û siyasî pêş bixe.',
    },
    FROM_ARABIC_SOURCE,
  ),
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  themes: [
    Theme.YOUTH_PARTICIPATION,
    Theme.PEACEBUILDING,
    Theme.CIVIL_PEACE_AND_COEXISTENCE,
    Theme.TRANSPARENCY,
    Theme.DEMOCRATIC_GOVERNANCE,
    Theme.WOMENS_PARTICIPATION,
    Theme.HUMAN_RIGHTS,
  ],
  regions: [Region.FEDERAL_IRAQ, Region.KURDISTAN_REGION],
  lead: 'icssi',
  funder: 'european-commission',
  partners: [
    { organisation: 'european-commission', role: PartnershipRole.FUNDER },
    { organisation: 'iraqi-social-forum-secretariat', role: PartnershipRole.IMPLEMENTING_PARTNER },
    { organisation: 'kurdistan-social-forum-secretariat', role: PartnershipRole.IMPLEMENTING_PARTNER },
    { organisation: 'peace-and-freedom-organization', role: PartnershipRole.KEY_PARTNER },
  ],
};
