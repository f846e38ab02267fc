import type { TimelineEntry } from './cases'
import { http } from './http'

/** The penalty item of the demo catalog (对经营不符合食品安全标准食品的行政处罚). */
export const DEMO_PENALTY_ITEM = 'SFX-SCJGJ-CF-0001'

export type PartyType = 'PERSON' | 'ORGANISATION'
export type PenaltyKind = 'WARNING' | 'FINE'
export type LiabilityOutcome = 'NO_PENALTY' | 'MAY_NO_PENALTY' | 'LIGHTER' | 'GENERAL' | 'HEAVIER'
export const REVIEW_OUTCOMES = ['PENALISE', 'NO_PENALTY', 'NOT_ESTABLISHED', 'TRANSFER'] as const
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]
export const EVIDENCE_KINDS = ['INSPECTION', 'INQUIRY', 'SAMPLING', 'DOCUMENT', 'PHOTO', 'TEST_REPORT', 'OTHER'] as const
export const DELIVERY_METHODS = ['IN_PERSON', 'POST', 'ELECTRONIC', 'LEFT_AT_ADDRESS', 'PUBLIC_NOTICE'] as const
export const PAYMENT_METHODS = ['BANK', 'E_PAYMENT', 'TRANSFER'] as const
/** The section head's or leader's answer once the window to apply to the court for enforcement opens. */
export const ENFORCEMENT_OUTCOMES = ['APPLIED', 'NOT_APPLIED'] as const
export type EnforcementOutcome = (typeof ENFORCEMENT_OUTCOMES)[number]
/** What becomes of evidence preserved first (APL 56). */
export const PRESERVATION_DECISIONS = ['RETURN', 'TESTING', 'CONFISCATION_PROPOSED', 'SEIZURE'] as const
export type PreservationDecision = (typeof PRESERVATION_DECISIONS)[number]
export type PreservationStatus = 'REQUESTED' | 'PRESERVED' | 'REFUSED' | 'DECIDED'

export interface Party {
  name: string
  type: PartyType
  idNo: string
  phone: string
}

export interface LegalBasis {
  citation: string
  itemCode: string
  violation: string
  warningAllowed: boolean
  fineByGoodsValue: boolean
  simplifiedPersonMax: number
  simplifiedOrganisationMax: number
  hearingPersonThreshold: number
  hearingOrganisationThreshold: number
}

/** The circumstances the liability outcome table reads; a missing answer is "no". */
export interface LiabilityFactors {
  noFault?: boolean
  age?: number | null
  minorViolation?: boolean
  corrected?: boolean
  harm?: 'NONE' | 'MINOR' | 'SERIOUS'
  firstOffence?: boolean
  mitigating?: boolean
  aggravating?: boolean
}

export interface Benchmark {
  outcome: LiabilityOutcome
  outcomeVersion: number
  statutoryMin: number
  statutoryMax: number
  bandMin: number
  bandMax: number
  bandVersion: number
}

export interface PenaltyCase {
  caseNo: string
  itemName: string
  departmentCode: string
  partyName: string
  partyIdNo: string
  partyType: PartyType
  status: string
  procedureKind: 'SIMPLIFIED' | 'GENERAL'
  legalBasis: string
  facts: string
  stage: string
  receivedAt: string
  openedAt: string | null
  promisedDeadline: string | null
  statutoryDeadline: string | null
  liabilityOutcome: LiabilityOutcome | null
  outcomeBenchmarkVersion: number | null
  bandBenchmarkVersion: number | null
  statutoryMin: number | null
  statutoryMax: number | null
  bandMin: number | null
  bandMax: number | null
  proposedKind: PenaltyKind | null
  proposedFine: number | null
  outOfBandReason: string | null
  headOutcome: ReviewOutcome | null
  legalReviewOpinion: string | null
  notifiedKind: PenaltyKind | null
  notifiedFine: number | null
  statementDue: string | null
  statementStatus: string | null
  heard: boolean
  pausedDays: number
  extensionDays: number
  decidedKind: PenaltyKind | null
  decidedFine: number | null
  paymentDue: string | null
  paidTotal: number | null
  closedOutcome: string | null
  /** The window to apply to the court opens when this day is over (set with the demand) ... */
  enforcementOpensAfter: string | null
  /** ... and this is its last day. */
  enforcementLastDay: string | null
  enforcementOutcome: EnforcementOutcome | null
  enforcementCourt: string | null
  enforcementAppliedOn: string | null
  enforcementCourtReference: string | null
  /** The opinion given with an application, or the reason for not applying. */
  enforcementOpinion: string | null
  enforcementAnsweredBy: string | null
}

/** POST .../enforcement: APPLIED needs the court, NOT_APPLIED the reason; the rest is optional. */
export interface EnforcementAnswer {
  outcome: EnforcementOutcome
  court?: string
  appliedOn?: string
  courtReference?: string
  opinion?: string
  reason?: string
}

export interface Officer {
  username: string
  displayName: string
  certificateNo: string
}

export interface EvidenceRecord {
  id: string
  kind: string
  description: string
  collectedAt: string
  collectedBy: string
  secondOfficer: string
}

export interface PenaltyNotice {
  id: string
  type: string
  serialNo: string
  title: string
}

/** Evidence registered and preserved first (先行登记保存): items one per line, decided within 7 working days. */
export interface EvidencePreservation {
  id: string
  items: string
  reason: string
  requestedBy: string
  requestedAt: string
  approvedBy: string | null
  approvalOpinion: string | null
  status: PreservationStatus
  decisionKind: PreservationDecision | null
  decisionNote: string | null
  decidedBy: string | null
  dueDate: string | null
  overdue: boolean
}

export interface PenaltyDetail {
  file: PenaltyCase
  citation: string
  openSteps: string[]
  officers: Officer[]
  evidence: EvidenceRecord[]
  statements: { id: string; kind: string; content: string; recordedAt: string }[]
  hearing: { scheduledFor: string | null; place: string | null; host: string | null; heldAt: string | null } | null
  pauses: { id: string; kind: string; reason: string; startedAt: string; endedAt: string | null; pausedDays: number | null }[]
  payments: { principal: number; surcharge: number; paidAt: string; method: string; reference: string }[]
  amountDue: number | null
  notices: PenaltyNotice[]
  preservations: EvidencePreservation[]
  /** The shared case timeline, oldest first, in the licensing case's shape. */
  timeline: TimelineEntry[]
}

export interface Filing {
  itemCode: string
  legalBasis: string
  party: Party
  facts: string
  secondOfficer: string
}

export interface OnTheSpot extends Filing {
  penaltyKind: PenaltyKind
  fine: number | null
}

export interface Proposal {
  factors: LiabilityFactors
  goodsValue: number | null
  major: boolean
  complex: boolean
  penaltyKind: PenaltyKind
  fine: number | null
  outOfBandReason: string | null
}

/** The step endpoints under /api/penalty/cases/{caseNo}/ and what each takes. */
export type PenaltyStep =
  | 'opening'
  | 'review'
  | 'legal-review'
  | 'statement'
  | 'hearing'
  | 'decision'
  | 'delivery'
  | 'payment'
  | 'enforcement'
  | 'filing'
  | 'extension'
  | 'extension/answer'
  | 'pauses'
  | `pauses/${string}/end`

export async function legalBases(): Promise<Record<string, LegalBasis>> {
  return (await http.get<Record<string, LegalBasis>>('/api/penalty/legal-bases')).data
}

export async function listPenaltyCases(): Promise<PenaltyCase[]> {
  return (await http.get<PenaltyCase[]>('/api/penalty/cases')).data
}

export async function penaltyCase(caseNo: string): Promise<PenaltyDetail> {
  return (await http.get<PenaltyDetail>(`/api/penalty/cases/${encodeURIComponent(caseNo)}`)).data
}

export async function fileCase(filing: Filing): Promise<string> {
  return (await http.post<{ caseNo: string }>('/api/penalty/cases', filing)).data.caseNo
}

export async function decideOnTheSpot(request: OnTheSpot): Promise<string> {
  return (await http.post<{ caseNo: string }>('/api/penalty/on-the-spot', request)).data.caseNo
}

export async function benchmark(legalBasis: string, goodsValue: number | null, factors: LiabilityFactors): Promise<Benchmark> {
  return (await http.post<Benchmark>('/api/penalty/benchmark', { legalBasis, goodsValue, factors })).data
}

export async function recordEvidence(caseNo: string, kind: string, description: string, secondOfficer: string): Promise<void> {
  await http.post(`/api/penalty/cases/${encodeURIComponent(caseNo)}/evidence`, { kind, description, secondOfficer })
}

export async function propose(caseNo: string, proposal: Proposal): Promise<void> {
  await http.post(`/api/penalty/cases/${encodeURIComponent(caseNo)}/proposal`, proposal)
}

export async function takeStep(caseNo: string, step: PenaltyStep, body: object = {}): Promise<void> {
  await http.post(`/api/penalty/cases/${encodeURIComponent(caseNo)}/${step}`, body)
}

function preservations(caseNo: string): string {
  return `/api/penalty/cases/${encodeURIComponent(caseNo)}/preservations`
}

export async function requestPreservation(caseNo: string, items: string, reason: string): Promise<void> {
  await http.post(preservations(caseNo), { items, reason })
}

export async function answerPreservation(caseNo: string, id: string, approved: boolean, opinion: string): Promise<void> {
  await http.post(`${preservations(caseNo)}/${encodeURIComponent(id)}/approval`, { approved, opinion })
}

export async function decidePreservation(caseNo: string, id: string, decision: PreservationDecision, note: string): Promise<void> {
  await http.post(`${preservations(caseNo)}/${encodeURIComponent(id)}/decision`, { decision, note })
}

export function noticePdfUrl(caseNo: string, noticeId: string): string {
  return `/api/penalty/cases/${encodeURIComponent(caseNo)}/notices/${encodeURIComponent(noticeId)}/pdf`
}
