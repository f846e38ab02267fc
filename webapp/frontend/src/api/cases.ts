import { http } from './http'
import type { ApplicantType } from './catalog'
import type { CodeName } from './types'

/** Life cycle of a case (办件). */
export const CASE_STATUSES = [
  'RECEIVED',
  'CORRECTION_REQUESTED',
  'IN_PROGRESS',
  'PAUSED',
  'DECIDED',
  'CLOSED',
  'NOT_ACCEPTED',
] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

export type CaseDecision = 'APPROVED' | 'REFUSED'
export type CaseChannel = 'ONLINE' | 'WINDOW'

/** The special procedures (特别程序) whose time does not count against the limits. */
export const PAUSE_KINDS = [
  'HEARING',
  'BIDDING',
  'AUCTION',
  'INSPECTION',
  'TESTING',
  'QUARANTINE',
  'APPRAISAL',
  'EXPERT_REVIEW',
] as const
export type PauseKind = (typeof PAUSE_KINDS)[number]

/** What a timeline entry records; unknown kinds from a newer server are shown verbatim. */
export const TIMELINE_KINDS = [
  'RECEIVED',
  'MATERIAL_UPLOADED',
  'CORRECTION_REQUESTED',
  'SUPPLEMENTED',
  'ACCEPTED',
  'DEEMED_ACCEPTED',
  'NOT_ACCEPTED',
  'STEP_COMPLETED',
  'RETURNED',
  'CLAIMED',
  'DELEGATED',
  'PAUSE_STARTED',
  'PAUSE_ENDED',
  'EXTENSION_REQUESTED',
  'EXTENSION_APPROVED',
  'EXTENSION_REFUSED',
  'REMINDER',
  'PROMISED_LIMIT_EXCEEDED',
  'STATUTORY_LIMIT_EXCEEDED',
  'SUB_LIMIT_EXCEEDED',
  'CERTIFICATE_LIMIT_EXCEEDED',
  'APPROVED',
  'REFUSED',
  'FEE_REQUESTED',
  'FEE_PAID',
  'CERTIFICATE_ISSUED',
  'DELIVERED',
  'CLOSED',
  'NOTICE_ISSUED',
  'LEVY_ASSESSED',
  'OVERRIDE_REQUESTED',
  'OVERRIDE_APPROVED',
  'OVERRIDE_REFUSED',
  'DEMAND_ISSUED',
  'ENFORCEMENT_APPLIED',
  'ENFORCEMENT_NOT_APPLIED',
  'EXEMPTED',
  'FEE_VOIDED',
] as const
export type TimelineKind = (typeof TIMELINE_KINDS)[number]

export interface Applicant {
  name: string
  type: ApplicantType
  idNo: string
  phone: string
}

/** The application form's free fields; `description` (申请事项说明) is required. */
export interface CaseFormData {
  description?: string
  projectName?: string
  address?: string
  [name: string]: unknown
}

/** Body of POST /api/cases. */
export interface CaseApplication {
  itemCode: string
  applicant: Applicant
  channel: CaseChannel
  formData: CaseFormData
}

/** Answer of POST /api/cases (201). */
export interface CreatedCase {
  caseNo: string
  queryCode: string
  status: CaseStatus
}

/** One uploaded file; `materialIndex` points into the item's `materials`. */
export interface CaseMaterial {
  id: number
  materialIndex: number
  materialName: string
  fileName: string
  contentType: string
  sizeBytes: number
  sha256: string
  uploadedAt: string
  uploadedBy: string
}

export interface CaseParticipant extends CodeName {
  lead: boolean
  /** yyyy-MM-dd, the department's own deadline in a joint case. */
  subDeadline: string | null
}

export type ExtensionStatus = 'PENDING' | 'APPROVED' | 'REFUSED'

export interface CaseExtension {
  workingDays: number
  reason: string
  status: ExtensionStatus
  approvedBy: string | null
  approvedAt: string | null
}

export interface CasePause {
  id: number
  kind: PauseKind
  kindName: string
  reason: string
  expectedWorkingDays: number
  startedAt: string
  endedAt: string | null
  pausedWorkingDays: number | null
  startedBy: string
}

export interface CurrentStep {
  taskId: string
  step: string
  stepName: string
  assignee: string | null
  /** The assignee's display name. */
  assigneeName?: string | null
}

export interface CaseFee {
  amount: number
  receiptNo: string | null
  paidAt: string | null
}

export interface CaseCertificate {
  number: string
  validFrom: string | null
  validUntil: string | null
  issuedAt: string
}

export interface TimelineEntry {
  at: string
  kind: TimelineKind | string
  actor: string | null
  actorName: string | null
  step: string | null
  outcome: string | null
  opinion: string | null
  detail: string | null
  /** Deemed acceptance, a second correction request, an exceeded limit. */
  anomaly: boolean
}

/** GET /api/cases/{caseNo}. Deadlines are yyyy-MM-dd, timestamps ISO-8601 instants. */
export interface CaseDetail {
  caseNo: string
  queryCode: string
  itemCode: string
  itemVersion: number
  itemName: string
  department: CodeName
  participants: CaseParticipant[]
  applicant: Applicant
  channel: CaseChannel
  formData: CaseFormData
  status: CaseStatus
  decision: CaseDecision | null
  receivedAt: string
  acceptedAt: string | null
  deemedAccepted: boolean
  promisedLimitDays: number | null
  statutoryLimitDays: number | null
  promisedDeadline: string | null
  statutoryDeadline: string | null
  workingDaysLeft: number | null
  pausedWorkingDays: number
  extension: CaseExtension | null
  pauses: CasePause[]
  materials: CaseMaterial[]
  currentSteps: CurrentStep[]
  fee: CaseFee | null
  certificate: CaseCertificate | null
  deliveredAt: string | null
  closedAt: string | null
  timeline: TimelineEntry[]
}

/** One row of GET /api/cases. */
export interface CaseSummary {
  caseNo: string
  itemCode: string
  itemName: string
  department: CodeName
  applicantName: string
  status: CaseStatus
  decision: CaseDecision | null
  receivedAt: string
  promisedDeadline: string | null
  statutoryDeadline: string | null
  workingDaysLeft: number | null
  overdue: boolean
}

export interface CasePage {
  items: CaseSummary[]
  total: number
}

export interface CaseQuery {
  status?: CaseStatus | ''
  department?: string
  overdue?: boolean | null
  mine?: boolean
  /** 0-based. */
  page?: number
  size?: number
}

/** GET /api/public/cases/{caseNo}: what anybody holding the query code may see. */
export interface PublicCase {
  caseNo: string
  itemName: string
  departmentName: string
  status: CaseStatus
  decision: CaseDecision | null
  receivedAt: string
  acceptedAt: string | null
  promisedDeadline: string | null
  currentStepNames: string[]
  timeline: { at: string; kind: TimelineKind | string }[]
}

/** Body of POST /api/cases/{caseNo}/pauses. */
export interface PauseRequest {
  kind: PauseKind
  reason: string
  expectedWorkingDays: number
}

const CASES_URL = '/api/cases'

function caseUrl(caseNo: string): string {
  return `${CASES_URL}/${encodeURIComponent(caseNo)}`
}

/** Query parameters without the unset ones. */
function caseParams(query: CaseQuery): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = {}
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    params[name] = value as string | number | boolean
  }
  return params
}

/** POST /api/cases: ONLINE by the applicant, WINDOW by a clerk. */
export async function createCase(application: CaseApplication): Promise<CreatedCase> {
  const { data } = await http.post<CreatedCase>(CASES_URL, application)
  return data
}

/** POST /api/cases/{caseNo}/materials: one file for the item's material number `materialIndex`. */
export async function uploadMaterial(caseNo: string, materialIndex: number, file: File): Promise<CaseMaterial> {
  const body = new FormData()
  body.append('file', file, file.name)
  body.append('materialIndex', String(materialIndex))
  const { data } = await http.post<CaseMaterial>(`${caseUrl(caseNo)}/materials`, body)
  return data
}

/** Where an uploaded file opens for preview (inline, same session). */
export function materialUrl(caseNo: string, id: number): string {
  return `${caseUrl(caseNo)}/materials/${encodeURIComponent(String(id))}`
}

/** POST /api/cases/{caseNo}/supplement: the requested corrections are in. */
export async function supplementCase(caseNo: string, note: string): Promise<CaseDetail> {
  const { data } = await http.post<CaseDetail>(`${caseUrl(caseNo)}/supplement`, { note })
  return data
}

/** GET /api/cases/{caseNo}. */
export async function fetchCase(caseNo: string): Promise<CaseDetail> {
  const { data } = await http.get<CaseDetail>(caseUrl(caseNo))
  return data
}

/** GET /api/cases: the applicant's own, a department's, or a region's cases. */
export async function listCases(query: CaseQuery = {}): Promise<CasePage> {
  const { data } = await http.get<CasePage>(CASES_URL, { params: caseParams(query) })
  return data
}

/** GET /api/public/cases/{caseNo}?queryCode= (anonymous; 404 for a wrong number or code, 429 when asked too often). */
export async function fetchPublicCase(caseNo: string, queryCode: string): Promise<PublicCase> {
  const { data } = await http.get<PublicCase>(`/api/public/cases/${encodeURIComponent(caseNo)}`, {
    params: { queryCode },
    skipErrorRedirect: true,
  })
  return data
}

/** POST /api/cases/{caseNo}/pauses: start a special procedure. */
export async function startPause(caseNo: string, request: PauseRequest): Promise<CasePause> {
  const { data } = await http.post<CasePause>(`${caseUrl(caseNo)}/pauses`, request)
  return data
}

/** POST /api/cases/{caseNo}/pauses/{id}/end. */
export async function endPause(caseNo: string, pauseId: number): Promise<CasePause> {
  const { data } = await http.post<CasePause>(`${caseUrl(caseNo)}/pauses/${encodeURIComponent(String(pauseId))}/end`)
  return data
}

/** POST /api/cases/{caseNo}/extension: approved at once for a leader, PENDING otherwise. */
export async function requestExtension(caseNo: string, reason: string): Promise<CaseExtension> {
  const { data } = await http.post<CaseExtension>(`${caseUrl(caseNo)}/extension`, { reason })
  return data
}
