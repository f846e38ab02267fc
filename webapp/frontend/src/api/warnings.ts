import { http } from './http'
import type { WarningLevel } from './board'

export type { WarningLevel } from './board'

/** The levels of GET /api/supervision/warnings, mildest first. */
export const WARNING_LEVELS: readonly WarningLevel[] = ['REMINDER', 'YELLOW', 'RED', 'ANOMALY']

/** Where a warning stands; the supervision-card process moves it along. */
export const WARNING_STATUSES = ['OPEN', 'HANDLING', 'CLOSED'] as const
export type WarningStatus = (typeof WARNING_STATUSES)[number]

/** The time-limit warnings (the legal clock's timers) and the escalated yellow card. */
export const LIMIT_WARNING_KINDS = [
  'REMINDER',
  'PROMISED_LIMIT_EXCEEDED',
  'STATUTORY_LIMIT_EXCEEDED',
  'SUB_LIMIT_EXCEEDED',
  'CERTIFICATE_LIMIT_EXCEEDED',
  'PRESERVATION_LIMIT_EXCEEDED',
  'YELLOW_CARD_UNANSWERED',
] as const

/** The anomalies (异常预警), as the backend's AnomalyKind names them. */
export const ANOMALY_KINDS = [
  'STEP_SKIPPED',
  'STEP_OUT_OF_ORDER',
  'DECIDED_BEFORE_RECORDED',
  'BACKDATED',
  'FEE_OFF_STANDARD',
  'SECOND_CORRECTION',
  'REFUSAL_WITHOUT_REASONS',
  'NON_ACCEPTANCE_WITHOUT_REASONS',
  'EXTENSION_WITHOUT_APPROVAL',
  'EXTENSION_WITHOUT_NOTICE',
  'PAUSE_WITHOUT_NOTICE',
  'SELF_RATING',
  'CLOSED_WITHOUT_NOTICES',
  'DEEMED_ACCEPTANCE',
  'WAIVER_WITHOUT_APPROVAL',
  'FEE_NOT_IN_CATALOG',
  'FEE_OUTSIDE_LEDGER',
  'RECEIPT_VOIDED',
  'RECEIPT_SKIPPED',
  'DAILY_IMBALANCE',
] as const

export const WARNING_KINDS = [...LIMIT_WARNING_KINDS, ...ANOMALY_KINDS] as const

/** A warning as the API shows it; `kind` may be one a newer server added. */
export interface SupervisionWarning {
  id: number
  caseNo: string
  /** The answerable department's code. */
  department: string
  level: WarningLevel
  kind: string
  raisedAt: string
  status: WarningStatus
  /** The deadline it is about (ISO date), null for an anomaly. */
  deadline: string | null
  /** What happened, in words (Chinese, from the server). */
  detail: string | null
}

/** The list's filters; empty strings are left out of the request. */
export interface WarningQuery {
  department?: string
  level?: WarningLevel | ''
  status?: WarningStatus | ''
  /** First day raised, inclusive (YYYY-MM-DD). */
  from?: string
  /** Last day raised, inclusive (YYYY-MM-DD). */
  to?: string
}

export const WARNINGS_URL = '/api/supervision/warnings'

function warningParams(query: WarningQuery): Record<string, string> {
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'string' && value.trim() !== '') params[name] = value.trim()
  }
  return params
}

/** GET /api/supervision/warnings: the warnings of the departments the caller supervises, newest first. */
export async function listWarnings(query: WarningQuery = {}): Promise<SupervisionWarning[]> {
  const { data } = await http.get<SupervisionWarning[]>(WARNINGS_URL, { params: warningParams(query) })
  return data
}

/**
 * GET /api/supervision/cases/{caseNo}/warnings. A 403 or 404 is the caller's answer to
 * handle (the case page then shows no warnings), not a reason to leave the page.
 */
export async function listCaseWarnings(caseNo: string): Promise<SupervisionWarning[]> {
  const { data } = await http.get<SupervisionWarning[]>(
    `/api/supervision/cases/${encodeURIComponent(caseNo)}/warnings`,
    { skipErrorRedirect: true },
  )
  return data
}
