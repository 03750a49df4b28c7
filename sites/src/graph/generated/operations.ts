export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time zone, formatted "YYYY-MM-DD" (RFC 3339 full-date). */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** A dated activity of a campaign; located by governorate only. */
export type AddCampaignActionInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** What happened. */
  description?: InputMaybe<LocalizedTextInput>;
  /** Governorate (ISO code) — never a finer location. */
  governorateCode?: InputMaybe<Scalars['ID']['input']>;
  /** Your key for this create: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The day. */
  occurredOn: Scalars['Date']['input'];
  /** Participants. */
  participantsTotal?: InputMaybe<Scalars['Int']['input']>;
  /** Of whom women (not more than the total). */
  participantsWomen?: InputMaybe<Scalars['Int']['input']>;
  /** Of whom young people (not more than the total). */
  participantsYouth?: InputMaybe<Scalars['Int']['input']>;
  /** What kind of activity. */
  type: CampaignActionType;
};

/** A seat on a council. */
export type AddCouncilMemberInput = {
  /** The council. */
  councilId: Scalars['ID']['input'];
  /** Your key for this create. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Whom the seat represents otherwise. */
  onBehalfOf?: InputMaybe<LocalizedTextInput>;
  /** The organisation the seat belongs to. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The person holding the seat (checked with the organisations subgraph). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Which part of society the seat represents. */
  sector: CouncilSector;
  /** First day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** A programme item of a season. */
export type AddForumSessionInput = {
  /** End time (not before the start). */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Format. */
  format: SessionFormat;
  /** Your key for this create. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Organising organisations (checked with the organisations subgraph). */
  organiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The season. */
  seasonId: Scalars['ID']['input'];
  /** Start time. */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Themes. */
  themes?: InputMaybe<Array<Theme>>;
  /** Title in at least one language. */
  title: LocalizedTextInput;
};

/** A person takes a role in an organisation or a working group (exactly one). */
export type AddMembershipInput = {
  /** Your key for this create. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The person. */
  personId: Scalars['ID']['input'];
  /** The role. */
  role: MembershipRole;
  /** First day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** The working group. */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** An organisation takes part in a season. */
export type AddSeasonParticipantInput = {
  /** The organisation (checked with the organisations subgraph). */
  organisationId: Scalars['ID']['input'];
  /** The season. */
  seasonId: Scalars['ID']['input'];
};

/** The season adopts a proposed recommendation. */
export type AdoptRecommendationInput = {
  /** The day it was adopted. */
  adoptedOn: Scalars['Date']['input'];
  /** The recommendation. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Retracts a campaign action. */
export type ArchiveCampaignActionInput = {
  /** The action. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives a campaign: it leaves every list and stays resolvable for its editors and admins. */
export type ArchiveCampaignInput = {
  /** The campaign. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives a council: it leaves every list and stays resolvable for admins. */
export type ArchiveCohesionCouncilInput = {
  /** The council. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives a meeting recorded by mistake. */
export type ArchiveCouncilMeetingInput = {
  /** The meeting. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives a forum that no longer meets (admins). */
export type ArchiveForumInput = {
  /** The forum. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives a season announced but never held. */
export type ArchiveForumSeasonInput = {
  /** The season. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives a cancelled or mistaken programme item. */
export type ArchiveForumSessionInput = {
  /** The session. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives a commitment recorded by mistake. */
export type ArchiveImplementationInput = {
  /** The implementation. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives an organisation: it leaves lists and stays resolvable. */
export type ArchiveOrganisationInput = {
  /** The organisation. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives a person: they leave every list and stay resolvable for admins (for safety, see lockdownPerson). */
export type ArchivePersonInput = {
  /** The person. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Archives a working group: it leaves every list and stays resolvable for admins. */
export type ArchiveWorkingGroupInput = {
  /** The working group. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Narrows a list of campaign actions. */
export type CampaignActionFilter = {
  /** In this governorate (ISO code). */
  governorateCode?: InputMaybe<Scalars['ID']['input']>;
  /** Taking place within these dates. */
  occurred?: InputMaybe<DateRange>;
  /** Of this kind. */
  type?: InputMaybe<CampaignActionType>;
};

/** What kind of activity a campaign action is. */
export type CampaignActionType =
  /** A meeting with authorities or decision makers. */
  | 'ADVOCACY_MEETING'
  /** A cultural event. */
  | 'CULTURAL_EVENT'
  /** A demonstration or sit-in. */
  | 'DEMONSTRATION'
  /** Media work (articles, broadcasts, social media). */
  | 'MEDIA'
  /** A petition. */
  | 'PETITION'
  /** A public event. */
  | 'PUBLIC_EVENT'
  /** A training. */
  | 'TRAINING'
  /** A workshop. */
  | 'WORKSHOP';

/** Narrows a list of campaigns; all given conditions must hold. */
export type CampaignFilter = {
  /** Acting in this governorate (ISO code). */
  governorateCode?: InputMaybe<Scalars['ID']['input']>;
  /** Running at some time within these dates. */
  period?: InputMaybe<DateRange>;
  /** Running in this region. */
  region?: InputMaybe<Region>;
  /** In one of these states today (one value may be given without brackets; an empty list does not filter); drafts are never listed. */
  status?: InputMaybe<Array<CampaignStatus>>;
  /** Text in any language or script (title, summary, slug). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** On this theme. */
  theme?: InputMaybe<Theme>;
};

/** Sort order of a list of campaigns. */
export type CampaignOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: CampaignOrderField;
};

/** What to sort campaigns by. */
export type CampaignOrderField =
  /** When the record was created. */
  | 'CREATED_AT'
  /** First day (undated campaigns first). */
  | 'START_DATE'
  /** Title in the reader’s language. */
  | 'TITLE';

/** The life-cycle state of a campaign. */
export type CampaignStatus =
  /** Running. */
  | 'ACTIVE'
  /** Called off. */
  | 'CANCELLED'
  /** Finished. */
  | 'COMPLETED'
  /** Being prepared; not public yet. */
  | 'DRAFT'
  /** Announced, not started. */
  | 'PLANNED';

/** Narrows a list of cohesion councils; all given conditions must hold. */
export type CohesionCouncilFilter = {
  /** Established within these dates. */
  established?: InputMaybe<DateRange>;
  /** In this governorate (ISO code). */
  governorateCode?: InputMaybe<Scalars['ID']['input']>;
  /** In this region. */
  region?: InputMaybe<Region>;
  /** In this state. */
  status?: InputMaybe<CouncilStatus>;
  /** Text in any language or script (name, slug). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of a list of cohesion councils. */
export type CohesionCouncilOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: CohesionCouncilOrderField;
};

/** What to sort cohesion councils by. */
export type CohesionCouncilOrderField =
  /** Date established (councils still forming first). */
  | 'ESTABLISHED_ON'
  /** Name in the reader’s language. */
  | 'NAME'
  /** Slug. */
  | 'SLUG';

/** A council takes on a forum recommendation. */
export type CommitToRecommendationInput = {
  /** The council. */
  councilId: Scalars['ID']['input'];
  /** Your key for this create: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How progress will be measured. */
  indicator?: InputMaybe<IndicatorInput>;
  /** The forum recommendation (checked with the forum-seasons subgraph). */
  recommendationId: Scalars['ID']['input'];
  /** Starting status (default NOT_STARTED). */
  status?: InputMaybe<ImplementationStatus>;
};

/** Narrows a list of council meetings. */
export type CouncilMeetingFilter = {
  /** In this governorate (ISO code). */
  governorateCode?: InputMaybe<Scalars['ID']['input']>;
  /** Held within these dates. */
  held?: InputMaybe<DateRange>;
};

/** Which part of society a council seat represents. */
export type CouncilSector =
  /** A civil-society organisation. */
  | 'CIVIL_SOCIETY'
  /** A community leader. */
  | 'COMMUNITY_LEADER'
  /** The local authorities. */
  | 'LOCAL_AUTHORITY'
  /** A religious leader. */
  | 'RELIGIOUS_LEADER'
  /** A tribal leader. */
  | 'TRIBAL_LEADER'
  /** A representative of women. */
  | 'WOMEN_REPRESENTATIVE'
  /** A representative of young people. */
  | 'YOUTH_REPRESENTATIVE';

/** The life-cycle state of a cohesion council. */
export type CouncilStatus =
  /** Meeting and implementing recommendations. */
  | 'ACTIVE'
  /** Dissolved. */
  | 'DISSOLVED'
  /** Being formed. */
  | 'FORMING'
  /** Suspended for now. */
  | 'SUSPENDED';

/** A new campaign. */
export type CreateCampaignInput = {
  /** Last day (not before the first). */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Goals. */
  goals?: InputMaybe<LocalizedTextInput>;
  /** Governorates (ISO codes) where it acts. */
  governorateCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Your key for this create: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Leading organisation (checked with the organisations subgraph). */
  leadOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Leading working group (checked with the organisations subgraph). */
  leadWorkingGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** The joint campaign this one is part of. */
  parentCampaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Regions it runs in; editors: their own region only (cross-region campaigns: admins). */
  regions: Array<Region>;
  /** Unique URL name: lower-case letters, digits and hyphens. */
  slug: Scalars['String']['input'];
  /** First day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Starting state (default DRAFT). PLANNED, ACTIVE or COMPLETED as the dates say today makes the status follow the calendar; another one is kept as an explicit override. */
  status?: InputMaybe<CampaignStatus>;
  /** Summary. */
  summary?: InputMaybe<LocalizedTextInput>;
  /** Themes. */
  themes: Array<Theme>;
  /** Title in at least one language. */
  title: LocalizedTextInput;
};

/** A new social cohesion council in a governorate. */
export type CreateCohesionCouncilInput = {
  /** The coordinating civil-society organisation (checked with the organisations subgraph). */
  coordinatingOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** When it was established. */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Governorate (ISO code); its region decides who may create the council. */
  governorateCode: Scalars['ID']['input'];
  /** Your key for this create: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Name in at least one language. */
  name: LocalizedTextInput;
  /** Unique URL name: lower-case letters, digits and hyphens. */
  slug: Scalars['String']['input'];
};

/** A new social forum (admins). */
export type CreateForumInput = {
  /** Year founded. */
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** Governorate where it is based (checked with the organisations subgraph). */
  hostGovernorateCode: Scalars['ID']['input'];
  /** Your key for this create. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Name in at least one language. */
  name: LocalizedTextInput;
  /** Region of the forum. */
  region: Region;
  /** The secretariat organisation (checked with the organisations subgraph). */
  secretariatOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Unique URL name. */
  slug: Scalars['String']['input'];
};

/** A new season of a forum; its number is unique within the forum. */
export type CreateForumSeasonInput = {
  /** Last day (not before the first). */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The forum. */
  forumId: Scalars['ID']['input'];
  /** Governorate where it is held (ISO code, checked with the organisations subgraph). */
  governorateCode: Scalars['ID']['input'];
  /** Your key for this create: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Season number (1, 2, …), unique within the forum. */
  number: Scalars['Int']['input'];
  /** First day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** State (default PLANNED). */
  status?: InputMaybe<ForumSeasonStatus>;
  /** Theme of the season. */
  theme?: InputMaybe<LocalizedTextInput>;
  /** Venue: a public venue or city, never a private address. */
  venue?: InputMaybe<LocalizedTextInput>;
  /** Year held. */
  year: Scalars['Int']['input'];
};

/** A new organisation. */
export type CreateOrganisationInput = {
  /** Short name (at most 20 characters). */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Description. */
  description?: InputMaybe<LocalizedTextInput>;
  /** Year founded. */
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** Governorate of the headquarters (ISO code). */
  headquartersCode?: InputMaybe<Scalars['ID']['input']>;
  /** Where it is based; editors create organisations of their own region. */
  homeRegion: Region;
  /** Your key for this create: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of body it is. */
  kind: OrganisationKind;
  /** Name in at least one language. */
  name: LocalizedTextInput;
  /** Registered body or informal collective. */
  registrationStatus: RegistrationStatus;
  /** Unique URL name: lower-case letters, digits and hyphens. */
  slug: Scalars['String']['input'];
  /** Themes it works on. */
  themes?: InputMaybe<Array<Theme>>;
  /** Public website (http or https). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A partnership: `organisationId` plays `role` towards `partnerId`. */
export type CreatePartnershipInput = {
  /** Your key for this create. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The organisation playing the role. */
  organisationId: Scalars['ID']['input'];
  /** The partner. */
  partnerId: Scalars['ID']['input'];
  /** The region the partnership covers; none for all. */
  regionScope?: InputMaybe<Region>;
  /** The role. */
  role: PartnershipRole;
  /** First day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Themes. */
  themes?: InputMaybe<Array<Theme>>;
};

/** A person of the network. Personal values are never written to the audit trail. */
export type CreatePersonInput = {
  /** Birth year (for disaggregated statistics only). */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Name, with transliterations. */
  displayName: LocalizedTextInput;
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Gender (for disaggregated statistics only); UNDISCLOSED when left out. */
  gender?: InputMaybe<PersonGender>;
  /** Your key for this create: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Who may see the name. */
  nameConsent: NameConsent;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The name shown to those who may not see the real one: a code such as C-103 (pages show it with the word for activist in the reader’s language), or a name the person chose, shown as written. */
  pseudonym: Scalars['String']['input'];
  /** Region; editors create people of their own region. */
  region: Region;
};

/** A recommendation proposed at a forum season. */
export type CreateRecommendationInput = {
  /** Your key for this create: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The season. */
  seasonId: Scalars['ID']['input'];
  /** Unique URL name: lower-case letters, digits and hyphens. */
  slug: Scalars['String']['input'];
  /** Full text. */
  text?: InputMaybe<LocalizedTextInput>;
  /** Themes. */
  themes: Array<Theme>;
  /** Title in at least one language. */
  title: LocalizedTextInput;
};

/** A new youth working group. */
export type CreateWorkingGroupInput = {
  /** When it was founded. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The hosting organisation. */
  hostOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Your key for this create: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Name in at least one language. */
  name: LocalizedTextInput;
  /** Region; editors create groups of their own region. */
  region: Region;
  /** Unique URL name: lower-case letters, digits and hyphens. */
  slug: Scalars['String']['input'];
  /** Themes. */
  themes: Array<Theme>;
};

/** Dates from … to …, both included; either end may be left open. */
export type DateRange = {
  /** First day included. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day included. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A seat is vacated. */
export type EndCouncilMemberInput = {
  /** Last day (not before the first). */
  endDate: Scalars['Date']['input'];
  /** The seat. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** A membership ends. */
export type EndMembershipInput = {
  /** Last day (not before the first). */
  endDate: Scalars['Date']['input'];
  /** The membership. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** A partnership ends. */
export type EndPartnershipInput = {
  /** Last day (not before the first). */
  endDate: Scalars['Date']['input'];
  /** The partnership. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Narrows the list of forums. */
export type ForumFilter = {
  /** Of this region. */
  region?: InputMaybe<Region>;
  /** Text in any language or script (name, slug). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows a list of forum seasons; all given conditions must hold. */
export type ForumSeasonFilter = {
  /** Seasons of this forum. */
  forumId?: InputMaybe<Scalars['ID']['input']>;
  /** Held in this governorate (ISO code). */
  governorateCode?: InputMaybe<Scalars['ID']['input']>;
  /** Starting within these dates. */
  held?: InputMaybe<DateRange>;
  /** Seasons of forums of this region. */
  region?: InputMaybe<Region>;
  /** In this state. */
  status?: InputMaybe<ForumSeasonStatus>;
  /** Text in any language or script (theme, venue, year). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Held in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort order of a list of forum seasons. */
export type ForumSeasonOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: ForumSeasonOrderField;
};

/** What to sort forum seasons by. */
export type ForumSeasonOrderField =
  /** Season number within its forum. */
  | 'NUMBER'
  /** First day (undated seasons first). */
  | 'START_DATE'
  /** Year held. */
  | 'YEAR';

/** Where a forum season stands. */
export type ForumSeasonStatus =
  /** Held; its recommendations are adopted. */
  | 'CONCLUDED'
  /** Taking place now. */
  | 'OPEN'
  /** Announced; not yet held. */
  | 'PLANNED';

/** Narrows the list of governorates. */
export type GovernorateFilter = {
  /** Of this region. */
  region?: InputMaybe<Region>;
  /** Name in any language or script, or code. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows a list of implementations; all given conditions must hold. */
export type ImplementationFilter = {
  /** By this council. */
  councilId?: InputMaybe<Scalars['ID']['input']>;
  /** By the council of this governorate (ISO code, e.g. IQ-SU). */
  governorateCode?: InputMaybe<Scalars['ID']['input']>;
  /** Progress at least this (0–100). */
  minProgress?: InputMaybe<Scalars['Int']['input']>;
  /** Of this recommendation. */
  recommendationId?: InputMaybe<Scalars['ID']['input']>;
  /** By a council in this region. */
  region?: InputMaybe<Region>;
  /** In this state. */
  status?: InputMaybe<ImplementationStatus>;
};

/** How far a council has come with a recommendation. */
export type ImplementationStatus =
  /** Done. */
  | 'IMPLEMENTED'
  /** Work is under way. */
  | 'IN_PROGRESS'
  /** Taken on, nothing done yet. */
  | 'NOT_STARTED'
  /** Work is planned. */
  | 'PLANNED'
  /** The council or the authorities declined it. */
  | 'REJECTED'
  /** Stuck. */
  | 'STALLED';

/** How an implementation will be measured. */
export type IndicatorInput = {
  /** Value before the work starts. */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** What is measured. */
  name: LocalizedTextInput;
  /** Value aimed for. */
  target?: InputMaybe<Scalars['Float']['input']>;
};

/** Links a campaign to a partner organisation or to a forum recommendation it advances. */
export type LinkCampaignInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The organisation or recommendation (checked with the subgraph that owns it). */
  targetId: Scalars['ID']['input'];
};

/** A language of ICSSI Graph, as a BCP 47 tag. */
export type Locale =
  /** Arabic. */
  | 'ar'
  /** Central Kurdish (Sorani), Arabic script. */
  | 'ckb'
  /** English. */
  | 'en'
  /** Northern Kurdish (Kurmanji/Badini), Latin script. */
  | 'kmr';

/** A text in one or more languages, written by people (provenance HUMAN). */
export type LocalizedTextInput = {
  /** Arabic. */
  ar?: InputMaybe<Scalars['String']['input']>;
  /** Central Kurdish (Sorani). */
  ckb?: InputMaybe<Scalars['String']['input']>;
  /** English. */
  en?: InputMaybe<Scalars['String']['input']>;
  /** Northern Kurdish (Kurmanji/Badini). */
  kmr?: InputMaybe<Scalars['String']['input']>;
};

/** Which organisation to remove from every non-custodian view. */
export type LockdownOrganisationInput = {
  /** The organisation’s id. */
  organisationId: Scalars['ID']['input'];
};

/** Which person to remove from every non-custodian view. */
export type LockdownPersonInput = {
  /** The person’s id. */
  personId: Scalars['ID']['input'];
};

/** A person’s role in an organisation or working group. */
export type MembershipRole =
  /** Coordinates its work. */
  | 'COORDINATOR'
  /** Leads the group or organisation. */
  | 'LEAD'
  /** A member. */
  | 'MEMBER'
  /** Speaks for it in public. */
  | 'SPOKESPERSON';

/** Who the person agreed may see their name. */
export type NameConsent =
  /** Members of the network and its teams. */
  | 'NETWORK'
  /** Only the team of the person’s region; everyone else sees the pseudonym. */
  | 'NONE'
  /** Everyone. */
  | 'PUBLIC';

/** Sort direction. */
export type OrderDirection =
  /** Ascending: A to Z, oldest first, smallest first. */
  | 'ASC'
  /** Descending: Z to A, newest first, largest first. */
  | 'DESC';

/** Narrows a list of organisations; all given conditions must hold. */
export type OrganisationFilter = {
  /** Founded in or after this year. */
  foundedFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Founded in or before this year. */
  foundedTo?: InputMaybe<Scalars['Int']['input']>;
  /** Headquartered or active in this governorate (ISO code). */
  governorateCode?: InputMaybe<Scalars['ID']['input']>;
  /** Of this kind. */
  kind?: InputMaybe<OrganisationKind>;
  /** Based in this region. */
  region?: InputMaybe<Region>;
  /** In this state (archived ones only when asked for). */
  status?: InputMaybe<OrganisationStatus>;
  /** Text in any language or script (name, acronym, slug). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Works on this theme. */
  theme?: InputMaybe<Theme>;
};

/** What kind of body an organisation is. */
export type OrganisationKind =
  /** A civil-society organisation (NGO, association). */
  | 'CIVIL_SOCIETY_ORGANISATION'
  /** A funder. */
  | 'DONOR'
  /** The secretariat of a social forum. */
  | 'FORUM_SECRETARIAT'
  /** An international civil-society partner. */
  | 'INTERNATIONAL_PARTNER'
  /** A media outlet or journalists’ organisation. */
  | 'MEDIA'
  /** A network or coalition of organisations. */
  | 'NETWORK'
  /** A local or national public authority. */
  | 'PUBLIC_AUTHORITY'
  /** A trade union. */
  | 'TRADE_UNION'
  /** A youth group or collective. */
  | 'YOUTH_GROUP';

/** Sort order of a list of organisations. */
export type OrganisationOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: OrganisationOrderField;
};

/** What to sort organisations by. */
export type OrganisationOrderField =
  /** When the record was created. */
  | 'CREATED_AT'
  /** Year founded (unknown years first). */
  | 'FOUNDED_YEAR'
  /** Name in the reader’s language. */
  | 'NAME'
  /** Slug. */
  | 'SLUG';

/** Whether an organisation is active in the network. */
export type OrganisationStatus =
  /** Active in the network. */
  | 'ACTIVE'
  /** Archived: hidden from lists. */
  | 'ARCHIVED'
  /** Known, but not active at present. */
  | 'INACTIVE';

/** What an organisation is to its partner. */
export type PartnershipRole =
  /** Funds the partner. */
  | 'FUNDER'
  /** Implements work with or for the partner. */
  | 'IMPLEMENTING_PARTNER'
  /** A key partner of the partner’s project or network. */
  | 'KEY_PARTNER'
  /** A member of the partner (a network or forum). */
  | 'MEMBER_OF';

/** Narrows a list of people. */
export type PersonFilter = {
  /** Active in this region. */
  region?: InputMaybe<Region>;
};

/** A person’s gender, for disaggregated statistics only (never public for an individual). */
export type PersonGender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Another gender the person stated. */
  | 'OTHER'
  /** Not stated, or not recorded. */
  | 'UNDISCLOSED';

/** How a translation was produced. */
export type Provenance =
  /** Written by a person in this language. */
  | 'HUMAN'
  /** Machine translation, not yet reviewed by a native speaker. */
  | 'MACHINE'
  /** Machine translation reviewed by a native speaker. */
  | 'REVIEWED';

/** Narrows a list of recommendations; all given conditions must hold. */
export type RecommendationFilter = {
  /** Adopted within these dates. */
  adopted?: InputMaybe<DateRange>;
  /** Of this forum. */
  forumId?: InputMaybe<Scalars['ID']['input']>;
  /** Of this season. */
  seasonId?: InputMaybe<Scalars['ID']['input']>;
  /** In this state. */
  status?: InputMaybe<RecommendationStatus>;
  /** Text in any language or script (title, text, slug). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** On this theme. */
  theme?: InputMaybe<Theme>;
};

/** Sort order of a list of recommendations. */
export type RecommendationOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: RecommendationOrderField;
};

/** What to sort recommendations by. */
export type RecommendationOrderField =
  /** Adoption date (not yet adopted first). */
  | 'ADOPTED_ON'
  /** Slug. */
  | 'SLUG'
  /** Title in the reader’s language. */
  | 'TITLE';

/** Whether a recommendation has been adopted by its season. */
export type RecommendationStatus =
  /** Adopted by the season. */
  | 'ADOPTED'
  /** Proposed, not yet adopted. */
  | 'PROPOSED'
  /** Withdrawn. */
  | 'WITHDRAWN';

/** A council meeting: date and attendance counts (never attendee lists). */
export type RecordCouncilMeetingInput = {
  /** People attending. */
  attendanceTotal?: InputMaybe<Scalars['Int']['input']>;
  /** Of whom women (not more than the total). */
  attendanceWomen?: InputMaybe<Scalars['Int']['input']>;
  /** Of whom young people (not more than the total). */
  attendanceYouth?: InputMaybe<Scalars['Int']['input']>;
  /** The council. */
  councilId: Scalars['ID']['input'];
  /** The day. */
  heldOn: Scalars['Date']['input'];
  /** Your key for this create. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Summary. */
  summary?: InputMaybe<LocalizedTextInput>;
};

/** A new step on an implementation’s timeline; moves its progress and status. */
export type RecordImplementationUpdateInput = {
  /** A public link to evidence (http or https). */
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  /** The implementation. */
  implementationId: Scalars['ID']['input'];
  /** What happened. */
  note?: InputMaybe<LocalizedTextInput>;
  /** Progress from 0 to 100. */
  progress: Scalars['Int']['input'];
  /** The day the progress is reported for. */
  reportedOn: Scalars['Date']['input'];
  /** Status now. */
  status: ImplementationStatus;
  /** The implementation’s version you read; a stale version is a CONFLICT (re-read and retry). */
  version: Scalars['Int']['input'];
};

/** A region of the ICSSI network. */
export type Region =
  /** Federal Iraq (the Iraqi Social Forum, Baghdad). */
  | 'FEDERAL_IRAQ'
  /** International civil society and partners outside Iraq. */
  | 'INTERNATIONAL'
  /** The Kurdistan Region of Iraq (the Kurdistan Social Forum, Erbil). */
  | 'KURDISTAN_REGION';

/** Whether an organisation is legally registered. */
export type RegistrationStatus =
  /** An informal collective, not registered. */
  | 'INFORMAL'
  /** Registered with the authorities. */
  | 'REGISTERED';

/** The length of each period of a report series. */
export type ReportGranularity =
  /** Calendar months. */
  | 'MONTH'
  /** Calendar quarters. */
  | 'QUARTER'
  /** Calendar years. */
  | 'YEAR';

/** A year, a quarter or a month of a year, a forum season, or a date range (counts of activities only; both days included). */
export type ReportPeriodInput = {
  /** A forum season: its whole cycle, in whole months, from the month after the forum’s previous season ended to the month in which it ends. */
  forumSeasonId?: InputMaybe<Scalars['ID']['input']>;
  /** First day of a date range (with `to`); a range report has no counts of people. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** A month (1–12) of `year`. */
  month?: InputMaybe<Scalars['Int']['input']>;
  /** A quarter (1–4) of `year`. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** Last day of a date range (with `from`). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** A calendar year, e.g. 2026. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of period a report covers. */
export type ReportPeriodKind =
  /** A forum season’s whole cycle, in whole months: from the month after the forum’s previous season ended to the month in which the season ends. */
  | 'FORUM_SEASON'
  /** A calendar month. */
  | 'MONTH'
  /** A calendar quarter. */
  | 'QUARTER'
  /** A range of days: counts of activities only, no counts of people. */
  | 'RANGE'
  /** A calendar year. */
  | 'YEAR';

/** The format of a forum session. */
export type SessionFormat =
  /** An assembly where proposals converge into recommendations. */
  | 'CONVERGENCE_ASSEMBLY'
  /** A cultural programme item. */
  | 'CULTURAL'
  /** A plenary for all participants. */
  | 'PLENARY'
  /** A workshop run by organisations. */
  | 'WORKSHOP';

/** One language of one text, with its provenance (e.g. a native speaker reviewing a machine translation). */
export type SetTranslationInput = {
  /** Which text. */
  field: TranslatableField;
  /** The record: an id, or a governorate’s ISO code. */
  id: Scalars['ID']['input'];
  /** The language. */
  locale: Locale;
  /** How this translation was produced. */
  provenance: Provenance;
  /** The text in that language; empty removes the translation. */
  value: Scalars['String']['input'];
  /** The version you read (not for governorates, which are reference data). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The writing direction of a text (the `dir` attribute of the element that shows it). */
export type TextDirection =
  /** Left to right (English; Kurmanji in Latin script). */
  | 'LTR'
  /** Right to left (Arabic; Sorani in Arabic script). */
  | 'RTL';

/** A theme of civil-society work; each maps to an OECD-DAC sector code for donor reports. */
export type Theme =
  /** Civil peace and peaceful coexistence (DAC 15220). */
  | 'CIVIL_PEACE_AND_COEXISTENCE'
  /** Democratic governance and participation (DAC 15150). */
  | 'DEMOCRATIC_GOVERNANCE'
  /** Freedom of expression and media (DAC 15153). */
  | 'FREEDOM_OF_EXPRESSION'
  /** Human rights (DAC 15160). */
  | 'HUMAN_RIGHTS'
  /** Peacebuilding (DAC 15220). */
  | 'PEACEBUILDING'
  /** Transparency and anti-corruption (DAC 15113). */
  | 'TRANSPARENCY'
  /** Women's participation and rights (DAC 15170). */
  | 'WOMENS_PARTICIPATION'
  /** Youth participation in civic life (DAC 15150). */
  | 'YOUTH_PARTICIPATION';

/** A localized text of the organisations subgraph. */
export type TranslatableField =
  /** A governorate’s name (admins only: reference data). */
  | 'GOVERNORATE_NAME'
  /** An organisation’s description. */
  | 'ORGANISATION_DESCRIPTION'
  /** An organisation’s name. */
  | 'ORGANISATION_NAME'
  /** A working group’s name. */
  | 'WORKING_GROUP_NAME';

/** Changes to a campaign action; fields left out stay as they are. */
export type UpdateCampaignActionInput = {
  /** What happened. */
  description?: InputMaybe<LocalizedTextInput>;
  /** The action. */
  id: Scalars['ID']['input'];
  /** The day. */
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** What came of it. */
  outcome?: InputMaybe<LocalizedTextInput>;
  /** Participants. */
  participantsTotal?: InputMaybe<Scalars['Int']['input']>;
  /** Of whom women. */
  participantsWomen?: InputMaybe<Scalars['Int']['input']>;
  /** Of whom young people. */
  participantsYouth?: InputMaybe<Scalars['Int']['input']>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to a campaign; fields left out stay as they are. */
export type UpdateCampaignInput = {
  /** Last day. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** true: the status follows the dates again (clears an override, a DRAFT or a CANCELLED status); false: keeps today’s status as an explicit one. Not together with `status`. */
  followCalendar?: InputMaybe<Scalars['Boolean']['input']>;
  /** The campaign. */
  id: Scalars['ID']['input'];
  /** First day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** New state. PLANNED, ACTIVE or COMPLETED as the dates say today makes the status follow the calendar; another one is kept as an explicit override. */
  status?: InputMaybe<CampaignStatus>;
  /** New summary. */
  summary?: InputMaybe<LocalizedTextInput>;
  /** Themes (replaces the list). */
  themes?: InputMaybe<Array<Theme>>;
  /** New title. */
  title?: InputMaybe<LocalizedTextInput>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to a council; fields left out stay as they are. */
export type UpdateCohesionCouncilInput = {
  /** When it was established. */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The council. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<LocalizedTextInput>;
  /** New state. */
  status?: InputMaybe<CouncilStatus>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Corrects a meeting record; fields left out stay as they are. */
export type UpdateCouncilMeetingInput = {
  /** People attending. */
  attendanceTotal?: InputMaybe<Scalars['Int']['input']>;
  /** Of whom women. */
  attendanceWomen?: InputMaybe<Scalars['Int']['input']>;
  /** Of whom young people. */
  attendanceYouth?: InputMaybe<Scalars['Int']['input']>;
  /** The day. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** The meeting. */
  id: Scalars['ID']['input'];
  /** Summary. */
  summary?: InputMaybe<LocalizedTextInput>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to a seat; fields left out stay as they are (who holds it is changed by ending it and adding another). */
export type UpdateCouncilMemberInput = {
  /** The seat. */
  id: Scalars['ID']['input'];
  /** Whom the seat represents otherwise (replaces the stored text). */
  onBehalfOf?: InputMaybe<LocalizedTextInput>;
  /** Which part of society the seat represents. */
  sector?: InputMaybe<CouncilSector>;
  /** First day (not after the last). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to a forum (admins); fields left out stay as they are. */
export type UpdateForumInput = {
  /** Year founded. */
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** The forum. */
  id: Scalars['ID']['input'];
  /** Name in at least one language (replaces the stored one). */
  name?: InputMaybe<LocalizedTextInput>;
  /** The secretariat organisation (checked with the organisations subgraph). */
  secretariatOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to a season; fields left out stay as they are. */
export type UpdateForumSeasonInput = {
  /** Last day. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The season. */
  id: Scalars['ID']['input'];
  /** First day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Planned, open or concluded. */
  status?: InputMaybe<ForumSeasonStatus>;
  /** Theme. */
  theme?: InputMaybe<LocalizedTextInput>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to a programme item; fields left out stay as they are. */
export type UpdateForumSessionInput = {
  /** End time (not before the start). */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Format. */
  format?: InputMaybe<SessionFormat>;
  /** The session. */
  id: Scalars['ID']['input'];
  /** Start time. */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Themes (replace those stored). */
  themes?: InputMaybe<Array<Theme>>;
  /** Title in at least one language (replaces the stored one). */
  title?: InputMaybe<LocalizedTextInput>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** A person changes role, or the first day is corrected; fields left out stay as they are. */
export type UpdateMembershipInput = {
  /** The membership. */
  id: Scalars['ID']['input'];
  /** The new role. */
  role?: InputMaybe<MembershipRole>;
  /** First day (not after the last). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to an organisation; fields left out stay as they are. */
export type UpdateOrganisationInput = {
  /** Short name. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** New description. */
  description?: InputMaybe<LocalizedTextInput>;
  /** Year founded. */
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** Governorate of the headquarters. */
  headquartersCode?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation. */
  id: Scalars['ID']['input'];
  /** Kind of body. */
  kind?: InputMaybe<OrganisationKind>;
  /** New name (replaces every translation). */
  name?: InputMaybe<LocalizedTextInput>;
  /** Registration status. */
  registrationStatus?: InputMaybe<RegistrationStatus>;
  /** Active or inactive (archive with archiveOrganisation). */
  status?: InputMaybe<OrganisationStatus>;
  /** Themes (replaces the list). */
  themes?: InputMaybe<Array<Theme>>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
  /** Public website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a partnership; fields left out stay as they are (its end is `endPartnership`). */
export type UpdatePartnershipInput = {
  /** The partnership. */
  id: Scalars['ID']['input'];
  /** The region the partnership covers. */
  regionScope?: InputMaybe<Region>;
  /** The role. */
  role?: InputMaybe<PartnershipRole>;
  /** First day (not after the last). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Themes (replace those stored). */
  themes?: InputMaybe<Array<Theme>>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to a person; fields left out stay as they are. Personal values never enter the audit trail. */
export type UpdatePersonInput = {
  /** New name (replaces every transliteration). */
  displayName?: InputMaybe<LocalizedTextInput>;
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Gender (for disaggregated statistics only). */
  gender?: InputMaybe<PersonGender>;
  /** The person. */
  id: Scalars['ID']['input'];
  /** Who may see the name. */
  nameConsent?: InputMaybe<NameConsent>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** New pseudonym (a code such as C-103, or a name the person chose). */
  pseudonym?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to a recommendation’s wording or themes. */
export type UpdateRecommendationInput = {
  /** The recommendation. */
  id: Scalars['ID']['input'];
  /** New full text. */
  text?: InputMaybe<LocalizedTextInput>;
  /** Themes (replaces the list). */
  themes?: InputMaybe<Array<Theme>>;
  /** New title. */
  title?: InputMaybe<LocalizedTextInput>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Changes to a working group; fields left out stay as they are. */
export type UpdateWorkingGroupInput = {
  /** The hosting organisation. */
  hostOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The working group. */
  id: Scalars['ID']['input'];
  /** New name (replaces every translation). */
  name?: InputMaybe<LocalizedTextInput>;
  /** Life-cycle state. */
  status?: InputMaybe<WorkingGroupStatus>;
  /** Themes (replaces the list). */
  themes?: InputMaybe<Array<Theme>>;
  /** The version you read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Why a mutation did not do what was asked. */
export type UserErrorCode =
  /** The record changed since you read it: reload and retry. */
  | 'CONFLICT'
  /** A record with this unique value already exists. */
  | 'DUPLICATE'
  /** You may not do this to this record. */
  | 'FORBIDDEN'
  /** An input value is not acceptable. */
  | 'INVALID'
  /** A referenced record does not exist (or is not visible to you). */
  | 'NOT_FOUND';

/** A recommendation is withdrawn. */
export type WithdrawRecommendationInput = {
  /** The recommendation. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Narrows a list of working groups; all given conditions must hold. */
export type WorkingGroupFilter = {
  /** Founded within these dates. */
  founded?: InputMaybe<DateRange>;
  /** Working in this region. */
  region?: InputMaybe<Region>;
  /** In this state. */
  status?: InputMaybe<WorkingGroupStatus>;
  /** Text in any language or script (name, slug). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Working on this theme. */
  theme?: InputMaybe<Theme>;
};

/** Sort order of a list of working groups. */
export type WorkingGroupOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: WorkingGroupOrderField;
};

/** What to sort working groups by. */
export type WorkingGroupOrderField =
  /** Founding date (unknown dates first). */
  | 'FOUNDED_ON'
  /** Name in the reader’s language. */
  | 'NAME'
  /** Slug. */
  | 'SLUG';

/** The life-cycle state of a working group. */
export type WorkingGroupStatus =
  /** Meeting and running campaigns. */
  | 'ACTIVE'
  /** Closed down. */
  | 'CLOSED'
  /** Not active at present. */
  | 'DORMANT'
  /** Being set up. */
  | 'FORMING';

export type SiteCampaignQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type SiteCampaignQuery = { __typename?: 'Query', campaignBySlug?: { __typename?: 'Campaign', slug: string, status: CampaignStatus, themes: Array<Theme>, regions: Array<Region>, startDate?: string | null, endDate?: string | null, titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, summaryText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, goalsText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, leadWorkingGroup?: { __typename?: 'WorkingGroup', slug: string, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null, governorates: Array<{ __typename?: 'Governorate', code: string, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }>, parentCampaign?: { __typename?: 'Campaign', slug: string, titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null, actions: { __typename?: 'CampaignActionConnection', totalCount: number, nodes: Array<{ __typename?: 'CampaignAction', type: CampaignActionType, occurredOn: string, descriptionText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, participantsTotal?: { __typename?: 'PeopleCount', value?: number | null, suppressed: boolean, lowerThan?: number | null } | null, governorate?: { __typename?: 'Governorate', code: string, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null }> }, recommendations: Array<{ __typename?: 'Recommendation', titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, season?: { __typename?: 'ForumSeason', id: string, number: number, year: number, forum?: { __typename?: 'Forum', nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null } | null }> } | null };

export type SiteForumSeasonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SiteForumSeasonQuery = { __typename?: 'Query', forumSeason?: { __typename?: 'ForumSeason', id: string, number: number, year: number, startDate?: string | null, endDate?: string | null, status: ForumSeasonStatus, themeText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, venueText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, governorate: { __typename?: 'Governorate', code: string, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }, forum?: { __typename?: 'Forum', region: Region, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, seasons: Array<{ __typename?: 'ForumSeason', id: string, number: number, year: number, status: ForumSeasonStatus }> } | null, sessions: { __typename?: 'ForumSessionConnection', totalCount: number, nodes: Array<{ __typename?: 'ForumSession', format: SessionFormat, themes: Array<Theme>, startsAt?: string | null, endsAt?: string | null, titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }> }, recommendations: { __typename?: 'RecommendationConnection', totalCount: number, nodes: Array<{ __typename?: 'Recommendation', status: RecommendationStatus, themes: Array<Theme>, adoptedOn?: string | null, titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }> } } | null };

export type SiteGovernorateQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type SiteGovernorateQuery = { __typename?: 'Query', governorate?: { __typename?: 'Governorate', code: string, region: Region, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, cohesionCouncils?: Array<{ __typename?: 'CohesionCouncil', status: CouncilStatus, establishedOn?: string | null, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, meetings: { __typename?: 'CouncilMeetingConnection', totalCount: number, nodes: Array<{ __typename?: 'CouncilMeeting', heldOn: string, attendanceTotal?: { __typename?: 'PeopleCount', value?: number | null, suppressed: boolean, lowerThan?: number | null } | null, summaryText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }> }, implementations: { __typename?: 'ImplementationConnection', totalCount: number, nodes: Array<{ __typename?: 'Implementation', status: ImplementationStatus, progress: number, indicator?: { __typename?: 'Indicator', baseline?: number | null, target?: number | null, actual?: number | null, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null, recommendation?: { __typename?: 'Recommendation', titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null, updates: { __typename?: 'ImplementationUpdateConnection', nodes: Array<{ __typename?: 'ImplementationUpdate', reportedOn: string, progress: number, status: ImplementationStatus }> } }> } }> | null, campaigns?: { __typename?: 'CampaignConnection', totalCount: number, nodes: Array<{ __typename?: 'Campaign', slug: string, status: CampaignStatus, startDate?: string | null, titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }> } | null, forumSeasons?: { __typename?: 'ForumSeasonConnection', nodes: Array<{ __typename?: 'ForumSeason', id: string, number: number, year: number, forum?: { __typename?: 'Forum', nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null }> } | null } | null };

export type SiteHomeQueryVariables = Exact<{
  region: Region;
  today: Scalars['Date']['input'];
}>;


export type SiteHomeQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', totalCount: number, nodes: Array<{ __typename?: 'Campaign', slug: string, status: CampaignStatus, themes: Array<Theme>, startDate?: string | null, endDate?: string | null, titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, leadWorkingGroup?: { __typename?: 'WorkingGroup', slug: string, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null }> }, forumSeasons: { __typename?: 'ForumSeasonConnection', nodes: Array<{ __typename?: 'ForumSeason', id: string, number: number, year: number, startDate?: string | null, endDate?: string | null, status: ForumSeasonStatus, themeText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, governorate: { __typename?: 'Governorate', code: string, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }, forum?: { __typename?: 'Forum', nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null }> }, cohesionCouncils: { __typename?: 'CohesionCouncilConnection', totalCount: number, nodes: Array<{ __typename?: 'CohesionCouncil', status: CouncilStatus, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, governorate: { __typename?: 'Governorate', code: string, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }, implementations: { __typename?: 'ImplementationConnection', totalCount: number, nodes: Array<{ __typename?: 'Implementation', progress: number, status: ImplementationStatus }> } }> }, governorates: { __typename?: 'GovernorateConnection', nodes: Array<{ __typename?: 'Governorate', code: string, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }> } };

export type SiteLabelsQueryVariables = Exact<{
  locale: Locale;
}>;


export type SiteLabelsQuery = { __typename?: 'Query', labels: { __typename?: 'Labels', locale: Locale, themes: Array<{ __typename?: 'ThemeLabel', value: Theme, label: string }>, regions: Array<{ __typename?: 'RegionLabel', value: Region, label: string }>, campaignStatuses?: Array<{ __typename?: 'CampaignStatusLabel', value: CampaignStatus, label: string }> | null, campaignActionTypes?: Array<{ __typename?: 'CampaignActionTypeLabel', value: CampaignActionType, label: string }> | null, sessionFormats?: Array<{ __typename?: 'SessionFormatLabel', value: SessionFormat, label: string }> | null, forumSeasonStatuses?: Array<{ __typename?: 'ForumSeasonStatusLabel', value: ForumSeasonStatus, label: string }> | null, councilStatuses?: Array<{ __typename?: 'CouncilStatusLabel', value: CouncilStatus, label: string }> | null, implementationStatuses?: Array<{ __typename?: 'ImplementationStatusLabel', value: ImplementationStatus, label: string }> | null, workingGroupStatuses: Array<{ __typename?: 'WorkingGroupStatusLabel', value: WorkingGroupStatus, label: string }>, membershipRoles: Array<{ __typename?: 'MembershipRoleLabel', value: MembershipRole, label: string }>, recommendationStatuses?: Array<{ __typename?: 'RecommendationStatusLabel', value: RecommendationStatus, label: string }> | null } };

export type SiteSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type SiteSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', governorates: { __typename?: 'GovernorateConnection', totalCount: number, nodes: Array<{ __typename?: 'Governorate', code: string, region: Region, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }> }, workingGroups: { __typename?: 'WorkingGroupConnection', totalCount: number, nodes: Array<{ __typename?: 'WorkingGroup', slug: string, region: Region, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }> }, campaigns?: { __typename?: 'CampaignConnection', totalCount: number, nodes: Array<{ __typename?: 'Campaign', slug: string, status: CampaignStatus, regions: Array<Region>, titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }> } | null, forumSeasons?: { __typename?: 'ForumSeasonConnection', totalCount: number, nodes: Array<{ __typename?: 'ForumSeason', id: string, number: number, year: number, forum?: { __typename?: 'Forum', nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null }> } | null, forumSessions?: { __typename?: 'ForumSessionConnection', totalCount: number, nodes: Array<{ __typename?: 'ForumSession', titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, season?: { __typename?: 'ForumSeason', id: string, number: number, year: number } | null }> } | null, cohesionCouncils?: { __typename?: 'CohesionCouncilConnection', totalCount: number, nodes: Array<{ __typename?: 'CohesionCouncil', nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, governorate: { __typename?: 'Governorate', code: string } }> } | null, recommendations?: { __typename?: 'RecommendationConnection', totalCount: number, nodes: Array<{ __typename?: 'Recommendation', titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, season?: { __typename?: 'ForumSeason', id: string, number: number, year: number, forum?: { __typename?: 'Forum', region: Region, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null } | null }> } | null } };

export type SiteWorkingGroupQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type SiteWorkingGroupQuery = { __typename?: 'Query', workingGroupBySlug?: { __typename?: 'WorkingGroup', slug: string, region: Region, themes: Array<Theme>, status: WorkingGroupStatus, foundedOn?: string | null, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, hostOrganisation?: { __typename?: 'Organisation', acronym?: string | null, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, headquarters?: { __typename?: 'Governorate', code: string, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null } | null, members: { __typename?: 'MembershipConnection', totalCount: number, nodes: Array<{ __typename?: 'Membership', role: MembershipRole, person?: { __typename?: 'Person', displayName: string, namePublished: boolean, displayNameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null } | null }> }, campaigns?: { __typename?: 'CampaignConnection', totalCount: number, nodes: Array<{ __typename?: 'Campaign', slug: string, status: CampaignStatus, startDate?: string | null, endDate?: string | null, titleText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null }> } | null } | null };

export type SiteWorkingGroupsQueryVariables = Exact<{
  region: Region;
  theme?: InputMaybe<Theme>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SiteWorkingGroupsQuery = { __typename?: 'Query', workingGroups: { __typename?: 'WorkingGroupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WorkingGroup', slug: string, themes: Array<Theme>, status: WorkingGroupStatus, foundedOn?: string | null, nameText?: { __typename?: 'LocalizedString', value: string, locale: Locale, isFallback: boolean, direction: TextDirection, provenance: Provenance } | null, campaigns?: { __typename?: 'CampaignConnection', totalCount: number } | null }> } };
