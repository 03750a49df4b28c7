import { type Locale } from './locales';

/** The site's own words (headings, buttons, hints) in each language it is read in. */
export interface Messages {
  skipToContent: string;
  mainNavigation: string;
  languages: string;
  home: string;
  workingGroups: string;
  latestCampaigns: string;
  allCampaignsCount: (count: string) => string;
  nextForumSeason: string;
  noUpcomingSeason: string;
  councilProgress: string;
  councilProgressIntro: string;
  averageProgress: string;
  commitments: (count: string) => string;
  governorates: string;
  search: string;
  searchLabel: string;
  searchButton: string;
  searchHint: string;
  searchResultsFor: (query: string) => string;
  searchResults: string;
  noResults: string;
  recommendations: string;
  notTranslated: string;
  machineTranslated: string;
  pseudonym: string;
  members: string;
  campaigns: string;
  hostOrganisation: string;
  founded: string;
  status: string;
  theme: string;
  allThemes: string;
  showGroups: string;
  nextPage: string;
  firstPage: string;
  groupsCount: (count: string) => string;
  actions: string;
  participants: string;
  summary: string;
  goals: string;
  dates: string;
  leadWorkingGroup: string;
  partOf: string;
  advancesRecommendations: string;
  programme: string;
  sessions: string;
  adoptedRecommendations: string;
  otherSeasons: string;
  season: (number: string, year: string) => string;
  place: string;
  forum: string;
  format: string;
  time: string;
  councils: string;
  established: string;
  meetings: string;
  attendance: (count: string) => string;
  /** A protected count of people that is not shown: "fewer than N". */
  fewerThan: (count: string) => string;
  progressOverTime: string;
  progress: string;
  progressChartLabel: (recommendation: string) => string;
  reportedOn: string;
  indicator: string;
  baselineTargetActual: (baseline: string, target: string, actual: string) => string;
  noCouncils: string;
  campaignsHere: string;
  seasonsHere: string;
  none: string;
  notFoundTitle: string;
  notFoundText: string;
  unavailableTitle: string;
  unavailableText: string;
  partialData: string;
  footer: string;
}

const ar: Messages = {
  skipToContent: 'انتقل إلى المحتوى',
  mainNavigation: 'التنقل الرئيسي',
  languages: 'اللغات',
  home: 'الرئيسية',
  workingGroups: 'مجموعات العمل',
  latestCampaigns: 'أحدث الحملات',
  allCampaignsCount: (count) => `عدد الحملات في المنطقة: ${count}`,
  nextForumSeason: 'الموسم القادم للمنتدى',
  noUpcomingSeason: 'لا يوجد موسم قادم معلن بعد.',
  councilProgress: 'تقدّم مجالس التماسك الاجتماعي',
  councilProgressIntro: 'متوسط تقدّم كل مجلس في تنفيذ توصيات المنتدى التي التزم بها.',
  averageProgress: 'متوسط التقدّم',
  commitments: (count) => `الالتزامات: ${count}`,
  governorates: 'المحافظات',
  search: 'بحث',
  searchLabel: 'ابحث عن محافظة أو مجموعة أو حملة أو موسم أو توصية',
  searchButton: 'ابحث',
  searchHint: 'يمكنك الكتابة بالعربية أو الكردية أو الإنكليزية.',
  searchResultsFor: (query) => `نتائج البحث عن «${query}»`,
  searchResults: 'نتائج البحث',
  noResults: 'لا توجد نتائج.',
  recommendations: 'التوصيات',
  notTranslated: 'لم يُترجم بعد',
  machineTranslated: 'ترجمة آلية',
  pseudonym: 'اسم مستعار',
  members: 'الأعضاء',
  campaigns: 'الحملات',
  hostOrganisation: 'المنظمة المضيفة',
  founded: 'تاريخ التأسيس',
  status: 'الحالة',
  theme: 'المحور',
  allThemes: 'كل المحاور',
  showGroups: 'اعرض',
  nextPage: 'الصفحة التالية',
  firstPage: 'الصفحة الأولى',
  groupsCount: (count) => `عدد المجموعات: ${count}`,
  actions: 'الأنشطة',
  participants: 'المشاركون',
  summary: 'نبذة',
  goals: 'الأهداف',
  dates: 'المدة',
  leadWorkingGroup: 'مجموعة العمل القائدة',
  partOf: 'جزء من',
  advancesRecommendations: 'توصيات المنتدى التي تدعمها',
  programme: 'البرنامج',
  sessions: 'الجلسات',
  adoptedRecommendations: 'التوصيات',
  otherSeasons: 'مواسم المنتدى',
  season: (number, year) => `الموسم ${number} (${year})`,
  place: 'المحافظة',
  forum: 'المنتدى',
  format: 'الشكل',
  time: 'الوقت',
  councils: 'مجالس التماسك الاجتماعي',
  established: 'تأسس في',
  meetings: 'الاجتماعات',
  attendance: (count) => `الحضور: ${count}`,
  fewerThan: (count) => `أقل من ${count}`,
  progressOverTime: 'التقدّم عبر الزمن',
  progress: 'التقدّم',
  progressChartLabel: (recommendation) => `تقدّم تنفيذ: ${recommendation}`,
  reportedOn: 'تاريخ التقرير',
  indicator: 'المؤشر',
  baselineTargetActual: (baseline, target, actual) => `خط الأساس ${baseline}، الهدف ${target}، الفعلي ${actual}`,
  noCouncils: 'لا يوجد مجلس في هذه المحافظة بعد.',
  campaignsHere: 'حملات في المحافظة',
  seasonsHere: 'مواسم المنتدى في المحافظة',
  none: 'لا شيء بعد.',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText: 'لم نجد ما تبحث عنه. جرّب البحث أو عد إلى الصفحة الرئيسية.',
  unavailableTitle: 'الخدمة غير متاحة مؤقتاً',
  unavailableText: 'تعذّر الوصول إلى البيانات الآن. حاول مرة أخرى بعد قليل.',
  partialData: 'بعض المعلومات غير متاحة مؤقتاً.',
  footer:
    'البيانات من شبكة مبادرة التضامن مع المجتمع المدني العراقي (ICSSI). تُعرض أسماء الناشطين بأسماء مستعارة ما لم يوافقوا على نشر أسمائهم.',
};

const ckb: Messages = {
  skipToContent: 'بڕۆ بۆ ناوەڕۆک',
  mainNavigation: 'ڕێنیشاندەری سەرەکی',
  languages: 'زمانەکان',
  home: 'سەرەکی',
  workingGroups: 'گرووپە کارییەکان',
  latestCampaigns: 'دوایین کەمپەینەکان',
  allCampaignsCount: (count) => `ژمارەی کەمپەینەکان لە هەرێمدا: ${count}`,
  nextForumSeason: 'وەرزی داهاتووی مەکۆ',
  noUpcomingSeason: 'هێشتا هیچ وەرزێکی داهاتوو ڕانەگەیەنراوە.',
  councilProgress: 'پێشکەوتنی ئەنجومەنەکانی پێکەوەبەستنی کۆمەڵایەتی',
  councilProgressIntro: 'تێکڕای پێشکەوتنی هەر ئەنجومەنێک لە جێبەجێکردنی ڕاسپاردەکانی مەکۆدا کە پابەندی بووە.',
  averageProgress: 'تێکڕای پێشکەوتن',
  commitments: (count) => `پابەندبوونەکان: ${count}`,
  governorates: 'پارێزگاکان',
  search: 'گەڕان',
  searchLabel: 'بگەڕێ بۆ پارێزگایەک، گرووپێک، کەمپەینێک، وەرزێک یان ڕاسپاردەیەک',
  searchButton: 'بگەڕێ',
  searchHint: 'دەتوانیت بە کوردی، عەرەبی یان ئینگلیزی بنووسیت.',
  searchResultsFor: (query) => `ئەنجامەکانی گەڕان بۆ «${query}»`,
  searchResults: 'ئەنجامەکانی گەڕان',
  noResults: 'هیچ ئەنجامێک نییە.',
  recommendations: 'ڕاسپاردەکان',
  notTranslated: 'هێشتا وەرنەگێڕدراوە',
  machineTranslated: 'وەرگێڕانی ئامێر',
  pseudonym: 'ناوی خوازراو',
  members: 'ئەندامەکان',
  campaigns: 'کەمپەینەکان',
  hostOrganisation: 'ڕێکخراوی خانەخوێ',
  founded: 'دامەزراندن',
  status: 'دۆخ',
  theme: 'تەوەر',
  allThemes: 'هەموو تەوەرەکان',
  showGroups: 'پیشان بدە',
  nextPage: 'پەڕەی دواتر',
  firstPage: 'پەڕەی یەکەم',
  groupsCount: (count) => `ژمارەی گرووپەکان: ${count}`,
  actions: 'چالاکییەکان',
  participants: 'بەشداربووان',
  summary: 'پوختە',
  goals: 'ئامانجەکان',
  dates: 'ماوە',
  leadWorkingGroup: 'گرووپی کاریی سەرپەرشتیار',
  partOf: 'بەشێکە لە',
  advancesRecommendations: 'ئەو ڕاسپاردانەی مەکۆ کە پشتگیرییان دەکات',
  programme: 'بەرنامە',
  sessions: 'دانیشتنەکان',
  adoptedRecommendations: 'ڕاسپاردەکان',
  otherSeasons: 'وەرزەکانی مەکۆ',
  season: (number, year) => `وەرزی ${number} (${year})`,
  place: 'پارێزگا',
  forum: 'مەکۆ',
  format: 'شێوە',
  time: 'کات',
  councils: 'ئەنجومەنەکانی پێکەوەبەستنی کۆمەڵایەتی',
  established: 'دامەزرا لە',
  meetings: 'کۆبوونەوەکان',
  attendance: (count) => `ئامادەبووان: ${count}`,
  fewerThan: (count) => `کەمتر لە ${count}`,
  progressOverTime: 'پێشکەوتن بە درێژایی کات',
  progress: 'پێشکەوتن',
  progressChartLabel: (recommendation) => `پێشکەوتنی جێبەجێکردنی: ${recommendation}`,
  reportedOn: 'ڕێکەوتی ڕاپۆرت',
  indicator: 'پێوەر',
  baselineTargetActual: (baseline, target, actual) => `بنەڕەت ${baseline}، ئامانج ${target}، ئێستا ${actual}`,
  noCouncils: 'هێشتا هیچ ئەنجومەنێک لەم پارێزگایەدا نییە.',
  campaignsHere: 'کەمپەینەکان لەم پارێزگایەدا',
  seasonsHere: 'وەرزەکانی مەکۆ لەم پارێزگایەدا',
  none: 'هێشتا هیچ.',
  notFoundTitle: 'ئەم پەڕەیە نییە',
  notFoundText: 'ئەوەی بەدوایدا دەگەڕێیت نەدۆزرایەوە. گەڕان تاقی بکەرەوە یان بگەڕێوە بۆ پەڕەی سەرەکی.',
  unavailableTitle: 'خزمەتگوزارییەکە بۆ ماوەیەک بەردەست نییە',
  unavailableText: 'ئێستا ناتوانین زانیارییەکان بهێنین. کەمێکی تر دووبارە هەوڵ بدەرەوە.',
  partialData: 'هەندێک زانیاری بۆ ماوەیەک بەردەست نییە.',
  footer:
    'زانیارییەکان لە تۆڕی دەستپێشخەریی هاوپشتی لەگەڵ کۆمەڵگەی مەدەنیی عێراق (ICSSI). ناوی چالاکوانان بە ناوی خوازراو پیشان دەدرێن مەگەر خۆیان ڕازی بووبن.',
};

const kmr: Messages = {
  skipToContent: 'Here naverokê',
  mainNavigation: 'Navîgasyona sereke',
  languages: 'Ziman',
  home: 'Destpêk',
  workingGroups: 'Komên xebatê',
  latestCampaigns: 'Kampanyayên dawî',
  allCampaignsCount: (count) => `Hejmara kampanyayan li herêmê: ${count}`,
  nextForumSeason: 'Demsala bê ya forumê',
  noUpcomingSeason: 'Hîn demsaleke nû nehatiye ragihandin.',
  councilProgress: 'Pêşveçûna encumenên hevgirtina civakî',
  councilProgressIntro: 'Navîniya pêşveçûna her encumenekê di pêkanîna pêşniyarên forumê de ku soz daye.',
  averageProgress: 'Navîniya pêşveçûnê',
  commitments: (count) => `Soz: ${count}`,
  governorates: 'Parêzgeh',
  search: 'Lêgerîn',
  searchLabel: 'Li parêzgehek, komek, kampanyayek, demsalek an pêşniyarek bigere',
  searchButton: 'Bigere',
  searchHint: 'Tu dikarî bi kurdî, erebî an îngilîzî binivîsî.',
  searchResultsFor: (query) => `Encamên lêgerînê ji bo “${query}”`,
  searchResults: 'Encamên lêgerînê',
  noResults: 'Tu encam tune ne.',
  recommendations: 'Pêşniyar',
  notTranslated: 'hîn nehatiye wergerandin',
  machineTranslated: 'wergera makîneyê',
  pseudonym: 'nasnav',
  members: 'Endam',
  campaigns: 'Kampanya',
  hostOrganisation: 'Rêxistina mazûvan',
  founded: 'Damezrandin',
  status: 'Rewş',
  theme: 'Mijar',
  allThemes: 'Hemû mijar',
  showGroups: 'Nîşan bide',
  nextPage: 'Rûpela din',
  firstPage: 'Rûpela yekem',
  groupsCount: (count) => `Hejmara koman: ${count}`,
  actions: 'Çalakî',
  participants: 'Beşdar',
  summary: 'Kurte',
  goals: 'Armanc',
  dates: 'Dem',
  leadWorkingGroup: 'Koma xebatê ya pêşeng',
  partOf: 'Beşek ji',
  advancesRecommendations: 'Pêşniyarên forumê yên ku pişt dide',
  programme: 'Bername',
  sessions: 'Rûniştin',
  adoptedRecommendations: 'Pêşniyar',
  otherSeasons: 'Demsalên forumê',
  season: (number, year) => `Demsala ${number} (${year})`,
  place: 'Parêzgeh',
  forum: 'Forum',
  format: 'Awa',
  time: 'Dem',
  councils: 'Encumenên hevgirtina civakî',
  established: 'Hat damezrandin',
  meetings: 'Civîn',
  attendance: (count) => `Beşdar: ${count}`,
  fewerThan: (count) => `kêmtir ji ${count}`,
  progressOverTime: 'Pêşveçûn di nav demê de',
  progress: 'Pêşveçûn',
  progressChartLabel: (recommendation) => `Pêşveçûna pêkanînê: ${recommendation}`,
  reportedOn: 'Dîroka raporê',
  indicator: 'Nîşander',
  baselineTargetActual: (baseline, target, actual) => `bingeh ${baseline}, armanc ${target}, niha ${actual}`,
  noCouncils: 'Hîn tu encumen li vê parêzgehê tune ye.',
  campaignsHere: 'Kampanya li vê parêzgehê',
  seasonsHere: 'Demsalên forumê li vê parêzgehê',
  none: 'Hîn tiştek tune.',
  notFoundTitle: 'Rûpel nehat dîtin',
  notFoundText: 'Tiştê ku tu lê digerî nehat dîtin. Lêgerînê biceribîne an vegere destpêkê.',
  unavailableTitle: 'Xizmet niha ne berdest e',
  unavailableText: 'Em niha nikarin daneyan bînin. Piştî demekê dîsa biceribîne.',
  partialData: 'Hin agahî niha ne berdest in.',
  footer:
    'Dane ji tora Însiyatîfa Hevgirtinê bi Civaka Sivîl a Iraqê re (ICSSI). Navên çalakvanan bi nasnav têne nîşandan heya ku ew razî nebin.',
};

const en: Messages = {
  skipToContent: 'Skip to content',
  mainNavigation: 'Main navigation',
  languages: 'Languages',
  home: 'Home',
  workingGroups: 'Working groups',
  latestCampaigns: 'Latest campaigns',
  allCampaignsCount: (count) => `${count} campaigns in the region`,
  nextForumSeason: 'Next forum season',
  noUpcomingSeason: 'No upcoming season has been announced yet.',
  councilProgress: 'Social cohesion councils: progress',
  councilProgressIntro: 'How far each council has come, on average, in carrying out the forum recommendations it took up.',
  averageProgress: 'Average progress',
  commitments: (count) => `${count} commitments`,
  governorates: 'Governorates',
  search: 'Search',
  searchLabel: 'Search for a governorate, group, campaign, season or recommendation',
  searchButton: 'Search',
  searchHint: 'Type in Arabic, Kurdish or English.',
  searchResultsFor: (query) => `Results for “${query}”`,
  searchResults: 'Results',
  noResults: 'Nothing found.',
  recommendations: 'Recommendations',
  notTranslated: 'not yet translated',
  machineTranslated: 'machine translation',
  pseudonym: 'pseudonym',
  members: 'Members',
  campaigns: 'Campaigns',
  hostOrganisation: 'Host organisation',
  founded: 'Founded',
  status: 'Status',
  theme: 'Theme',
  allThemes: 'All themes',
  showGroups: 'Show',
  nextPage: 'Next page',
  firstPage: 'First page',
  groupsCount: (count) => `${count} working groups`,
  actions: 'Actions',
  participants: 'Participants',
  summary: 'Summary',
  goals: 'Goals',
  dates: 'Dates',
  leadWorkingGroup: 'Lead working group',
  partOf: 'Part of',
  advancesRecommendations: 'Forum recommendations it advances',
  programme: 'Programme',
  sessions: 'Sessions',
  adoptedRecommendations: 'Recommendations',
  otherSeasons: 'Seasons of the forum',
  season: (number, year) => `Season ${number} (${year})`,
  place: 'Governorate',
  forum: 'Forum',
  format: 'Format',
  time: 'Time',
  councils: 'Social cohesion councils',
  established: 'Established',
  meetings: 'Meetings',
  attendance: (count) => `attendance: ${count}`,
  fewerThan: (count) => `fewer than ${count}`,
  progressOverTime: 'Progress over time',
  progress: 'Progress',
  progressChartLabel: (recommendation) => `Progress on: ${recommendation}`,
  reportedOn: 'Reported on',
  indicator: 'Indicator',
  baselineTargetActual: (baseline, target, actual) => `baseline ${baseline}, target ${target}, actual ${actual}`,
  noCouncils: 'No council in this governorate yet.',
  campaignsHere: 'Campaigns in the governorate',
  seasonsHere: 'Forum seasons in the governorate',
  none: 'None yet.',
  notFoundTitle: 'Page not found',
  notFoundText: 'We could not find what you are looking for. Try the search or go back to the home page.',
  unavailableTitle: 'Temporarily unavailable',
  unavailableText: 'The data cannot be reached right now. Please try again shortly.',
  partialData: 'Some information is temporarily unavailable.',
  footer:
    'Data from the Iraqi Civil Society Solidarity Initiative (ICSSI) network. Activists are shown by pseudonym unless they agreed to publish their name.',
};

export const MESSAGES: Record<Locale, Messages> = { ar, ckb, kmr, en };
