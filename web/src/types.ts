// Shapes of the JSON bodies of docs/api.md (Netra HTTP API v1).

export type Role =
  | 'publik'
  | 'asn'
  | 'operator_instansi'
  | 'pengawas'
  | 'penilai'
  | 'ppk'
  | 'auditor'
  | 'admin';

export const STAFF_ROLES: readonly Role[] = [
  'operator_instansi',
  'pengawas',
  'penilai',
  'ppk',
  'auditor',
  'admin',
];

export const ACCOUNT_ROLES: readonly Role[] = ['asn', ...STAFF_ROLES];

export interface User {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  region_code: string;
  /** The employee this account is (an ASN, or staff seconded from a regional government). */
  employee_nip?: string | null;
  disabled: boolean;
}

export interface Session {
  user: User;
  csrf_token: string;
}

export interface FieldProblem {
  field: string;
  detail: string;
  detail_en?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail?: string;
  detail_en?: string;
  instance?: string;
  errors?: FieldProblem[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}

export type RegionLevel = 'provinsi' | 'kabupaten_kota' | 'kecamatan' | 'desa_kelurahan';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
  time_zone: string;
}

export interface RegionWithPath {
  region: Region;
  path: Region[];
}

export interface Agency {
  id: number;
  code: string;
  name: string;
  kind: string;
  region_code: string;
}

export interface Unit {
  id: number;
  agency_id: number;
  parent_id: number | null;
  code: string;
  name: string;
}

export const EMPLOYEE_TYPES = ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU', 'NON_ASN'] as const;
export type EmployeeType = (typeof EMPLOYEE_TYPES)[number];

export const POSITIONS = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'FUNGSIONAL',
  'PELAKSANA',
  'KEPALA_WILAYAH',
  'NON_ASN',
  'OTHER',
] as const;
export type Position = (typeof POSITIONS)[number];

export interface Employee {
  id: number;
  nip: string | null;
  name: string;
  type: EmployeeType;
  position: Position;
  position_title: string;
  golongan: string;
  gender: 'L' | 'P' | '' | null;
  agency_id: number;
  agency_name: string;
  unit_id: number | null;
  unit_name: string | null;
  region_code: string;
}

export interface NipInfo {
  birth_date: string;
  appointment: string;
  gender: 'L' | 'P';
}

export interface EmployeeDetail extends Employee {
  nip_info?: NipInfo | null;
  region_name?: string;
}

export interface ImportRowError {
  line: number;
  column: string;
  /** Indonesian reason (docs/api.md); `reason_id` is the name the import report uses internally. */
  reason?: string;
  reason_id?: string;
  reason_en?: string;
}

export type ImportStatus = 'running' | 'done' | 'failed';

export interface ImportJob {
  id: number;
  kind: string;
  status: ImportStatus;
  file_name: string;
  /** 0 or null while unknown. */
  rows_total: number | null;
  rows_processed: number;
  inserted: number;
  updated: number;
  rejected: number;
  errors: ImportRowError[];
  message: string | null;
  /** English form of `message`, when the server sends one. */
  message_en?: string | null;
  created_at: string;
  finished_at: string | null;
}

/** Agency kinds of a regional government (src/demo/detail/catalog.cc); the list filter offers these. */
export const AGENCY_KINDS = ['sekretariat', 'inspektorat', 'badan', 'dinas', 'satuan', 'rsud', 'kecamatan'] as const;

/** confirming: an officer's confirm is opening the finding (claim_expires_at says until when it holds). */
export type AlertStatus = 'open' | 'confirming' | 'confirmed' | 'dismissed';

/** A matched span over the original event text, in UTF-8 byte offsets. */
export interface AlertSpan {
  field: 'text' | 'shared_text';
  begin: number;
  end: number;
  text: string;
  kind: string;
}

export interface MonitoringAlert {
  id: number;
  code: string;
  region_code: string;
  contest_region: string;
  candidate: number | null;
  nip: string | null;
  score: number;
  reason: string;
  spans: AlertSpan[];
  unlinked: boolean;
  interaction: boolean;
  lexicon_version: number;
  status: AlertStatus;
  created_at: string | null;
  decided_at: string | null;
  decision_reason: string;
  finding_id: number | null;
  evidence_sha256: string | null;
  claim_expires_at: string | null;
  event: {
    platform: string;
    id: string;
    account: string;
    kind: string;
    text: string;
    target: string;
    shared_text: string;
    time: string;
    raw_sha256: string;
  };
  employee: {
    id: number;
    nip: string | null;
    name: string;
    position: string;
    position_title: string;
    agency_id: number;
    agency_name: string;
    region_code: string;
  } | null;
}

/** One act of the violation catalog as GET /catalog/violations returns it (docs/api.md). */
export interface CatalogViolation {
  code: string;
  category: string;
  actor: 'asn' | 'regional_head' | 'candidate' | 'any';
  title: string;
  title_en: string;
  description: string;
  description_en: string;
  types: string[];
  legal_basis: string[];
  sanction: string;
  sanction_en: string;
  refer_to: { key: string; name: string; name_en: string }[];
  valid_from: string;
  valid_to: string | null;
  confidence: 'confirmed' | 'single' | 'unconfirmed' | 'verify';
  open_questions: string[];
  explain: string;
  explain_en: string;
  examples: { allowed: boolean; text: string; text_en: string }[];
}

export interface CatalogPage {
  date: string;
  query: string;
  items: CatalogViolation[];
  total: number;
}

// --- Enforcement (docs/api.md "Enforcement: reports, findings, cases") ---

export const CASE_STATUSES = [
  'RECEIVED',
  'INITIAL_REVIEW',
  'NEEDS_COMPLETION',
  'NOT_REGISTERED',
  'REGISTERED',
  'DELEGATED',
  'CLARIFICATION',
  'STUDY',
  'NOT_VIOLATION',
  'STOPPED',
  'FORWARDED_BKN',
  'FORWARDED_GAKKUMDU',
  'FORWARDED_REGENT',
  'BKN_VERIFICATION',
  'AWAITING_PPK',
  'SANCTIONED',
  'NOT_PROVEN',
  'PPK_NONCOMPLIANT',
  'CLOSED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type ElectionKind = 'pilkada' | 'pemilu';

export interface ReportReceipt {
  receipt_code: string;
  case_number: string;
  late: boolean;
  joined_existing: boolean;
  received_at: string;
}

export interface ReceiptQuestion {
  id: number;
  question: string;
  asked_at: string;
  answer: string | null;
}

export interface ReceiptView {
  case_number: string;
  status: CaseStatus;
  status_since: string;
  received_at: string;
  late: boolean;
  steps: { status: CaseStatus; at: string }[];
  questions: ReceiptQuestion[];
  evidence_files: number;
}

export interface Evidence {
  id: number;
  report_id: number | null;
  hearing_id: number | null;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_at: string;
}

export interface CaseSummary {
  id: number;
  number: string;
  origin: 'report' | 'finding';
  region_code: string;
  election_kind: ElectionKind;
  status: CaseStatus;
  status_since: string;
  subject: { employee_id: number | null; name: string; agency: string; nip: string | null };
  summary: string;
  act_date: string;
  act_place: string;
  violation_codes: string[] | null;
  late: boolean;
  received_at: string;
  deadline_at: string | null;
  deadline_rule: string | null;
  overdue: boolean;
  escalation: 'none' | 'ppk_reminded' | 'flagged_bkn';
  /** In the inbox: the case has a conflict of interest. */
  conflict?: boolean;
}

export interface CaseReport {
  id: number;
  anonymous: boolean;
  subject_name: string;
  subject_agency: string;
  subject_nip: string | null;
  description: string;
  act_date: string;
  known_date: string;
  act_place: string;
  witnesses: { name: string; contact: string }[] | null;
  late: boolean;
  received_at: string;
}

export interface CaseStep {
  id?: number;
  from: CaseStatus;
  to: CaseStatus;
  actor: string;
  actor_role: Role;
  at: string;
  fields: Record<string, string> | null;
  reason: string;
  /** Names of the documents the move produces; Netra generates some of them (CaseDocument). */
  documents?: string[];
  deadline_at: string | null;
  deadline_rule: string | null;
}

export interface HeardPerson {
  name: string;
  capacity: string;
  statement: string;
}

export interface Hearing {
  id: number;
  held_at: string;
  place: string;
  heard: HeardPerson[] | null;
  recorded_at: string;
}

export interface CaseQuestion {
  id: number;
  report_id: number;
  question: string;
  asked_at: string;
  answer: string | null;
  answered_at: string;
}

export interface NextMove {
  to: CaseStatus;
  required_fields: string[];
  documents: string[];
  /** For a move that records the sanction (the PPK's decision): the scales to choose from. */
  sanction_choices?: SanctionScaleChoice[];
}

/** A sanction scale without its criminal ranges, limited to the penalties that apply to the person. */
export interface SanctionScaleChoice {
  track: string;
  regulation: string;
  levels: { level: string; penalties: { code: string; text: string; text_en: string }[] }[];
}

/**
 * The sanction rules' proposal for a case (src/domain/sanction_rules.h), computed
 * by the server from the case's violation codes; advice, the officer decides.
 */
export interface SanctionProposal {
  track?: string;
  level?: string;
  penalty?: string;
  summary?: string;
  legal_basis?: string;
}

/** A PDF Netra generated for a move: clarification record, study or recommendation letter. */
export interface CaseDocument {
  id: number;
  transition_id: number;
  kind: 'BA-KLA' | 'KAJ' | 'REK';
  number: string;
  sha256: string;
  size: number;
  generated_at: string;
  url: string;
}

export interface CaseDetail extends CaseSummary {
  reports: CaseReport[];
  history: CaseStep[];
  hearings: Hearing[];
  evidence: Evidence[];
  questions: CaseQuestion[];
  documents?: CaseDocument[];
  next_moves: NextMove[];
  sanction_proposal?: SanctionProposal | null;
  handling_officer?: HandlingOfficer | null;
  handler_history?: HandlingOfficer[];
  conflicts?: CaseConflict[];
  has_conflict?: boolean;
  /** Whose PPK decides without a conflict; where the decision goes with one. */
  ppk_region?: string;
  decision_region?: string | null;
  /** Why the caller may not act on the case (a conflict of interest). */
  blocked?: { reason: string; detail: string; detail_en: string } | null;
}

export interface CaseConflict {
  kind: string;
  explanation: string;
  explanation_en: string;
  escalation: { kind: 'level_above' | 'another_officer'; region_code: string; target: string; target_en: string };
}

export interface HandlingOfficer {
  user_id: number;
  username: string;
  display_name: string;
  region_code: string;
  employee_nip: string | null;
  agency_name: string | null;
  since?: string;
  how?: 'finding' | 'first_action' | 'take_over' | 'assigned';
  reason?: string;
  assigned_by?: number;
}

export interface OfficerOption extends HandlingOfficer {
  current: boolean;
  conflicts: CaseConflict[];
}

export interface ReporterIdentity {
  name: string;
  nik: string;
  address: string;
  phone: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  region_code: string;
  case_id: number | null;
  detail: Record<string, unknown> | null;
  hash: string;
}
