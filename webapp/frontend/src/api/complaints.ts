import { http } from './http'
import type { CodeName } from './types'
import type { SatisfactionLevel } from './ratings'

export const COMPLAINT_STATUSES = ['REGISTERED', 'ACCEPTED', 'ROUTED', 'REJECTED', 'HANDLED'] as const
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]
export type ComplaintChannel = 'WEB' | 'PHONE' | 'VISIT'
export type ComplaintAction = 'ACCEPT' | 'REJECT' | 'ROUTE' | 'REPORT_RESULT' | 'RETURN'

/** What the portal form or a member of staff files. */
export interface ComplaintInput {
  channel?: 'PHONE' | 'VISIT'
  complainantName?: string
  phone?: string
  caseNo?: string
  queryCode?: string
  departmentCode?: string
  staffName?: string
  subject: string
  content: string
}

/** What the complainant keeps after filing. */
export interface FiledComplaint {
  complaintNo: string
  queryCode: string
  status: ComplaintStatus
  acceptanceDue: string
}

export interface ComplaintSummary {
  complaintNo: string
  channel: ComplaintChannel
  subject: string
  status: ComplaintStatus
  department: CodeName | null
  caseNo: string | null
  filedAt: string
  acceptanceDue: string | null
  handlingDue: string | null
  overdue: boolean
  escalated: boolean
}

export interface ComplaintPage {
  items: ComplaintSummary[]
  total: number
}

export interface ComplaintEvent {
  at: string
  kind: string
  actor: string
  detail: string | null
}

export interface ComplaintDetail {
  complaintNo: string
  channel: ComplaintChannel
  status: ComplaintStatus
  subject: string
  content: string
  complainantName?: string
  complainantPhone?: string
  caseNo?: string
  department?: CodeName
  staffName?: string
  bureau: CodeName
  filedAt: string
  filedBy?: string
  acceptanceDue?: string
  acceptanceOverdue: boolean
  escalated: boolean
  decisionReason?: string
  decidedAt?: string
  handlingDue?: string
  handlingOverdue: boolean
  result?: string
  closedAt?: string
  rating?: SatisfactionLevel
  ratingName?: string
  ratingComment?: string
  events: ComplaintEvent[]
  actions: ComplaintAction[]
}

/** What the complainant sees with the number and query code. */
export interface PublicComplaint {
  complaintNo: string
  subject: string
  status: ComplaintStatus
  departmentName?: string
  filedAt: string
  acceptanceDue?: string
  decisionReason?: string
  result?: string
  closedAt?: string
  rating?: SatisfactionLevel
  ratingName?: string
  ratable: boolean
}

export interface ComplaintQuery {
  status?: ComplaintStatus | ''
  overdue?: boolean | null
  page?: number
  size?: number
}

const URL = '/api/complaints'

function complaintUrl(complaintNo: string, suffix = ''): string {
  return `${URL}/${encodeURIComponent(complaintNo)}${suffix}`
}

/** POST /api/complaints (anyone; rate-limited for the public). */
export async function fileComplaint(input: ComplaintInput): Promise<FiledComplaint> {
  const { data } = await http.post<FiledComplaint>(URL, input, { skipErrorRedirect: true })
  return data
}

export async function listComplaints(query: ComplaintQuery = {}): Promise<ComplaintPage> {
  const params: Record<string, string | number | boolean> = { page: query.page ?? 0, size: query.size ?? 20 }
  if (query.status) params.status = query.status
  if (query.overdue != null) params.overdue = query.overdue
  const { data } = await http.get<ComplaintPage>(URL, { params })
  return data
}

export async function fetchComplaint(complaintNo: string): Promise<ComplaintDetail> {
  const { data } = await http.get<ComplaintDetail>(complaintUrl(complaintNo))
  return data
}

/** The step bodies: the bureau's opinion or reasons, the routing, the department's result. */
export type ComplaintStepInput =
  | { action: 'ACCEPT'; opinion: string }
  | { action: 'REJECT'; reason: string }
  | { action: 'ROUTE'; departmentCode: string; workingDays: number; note?: string }
  | { action: 'REPORT_RESULT'; result: string }
  | { action: 'RETURN'; reason: string }

const STEP_PATHS: Record<ComplaintAction, string> = {
  ACCEPT: '/accept',
  REJECT: '/reject',
  ROUTE: '/route',
  REPORT_RESULT: '/result',
  RETURN: '/return',
}

export async function takeComplaintStep(complaintNo: string, input: ComplaintStepInput): Promise<ComplaintDetail> {
  const { action, ...body } = input
  const { data } = await http.post<ComplaintDetail>(complaintUrl(complaintNo, STEP_PATHS[action]), body)
  return data
}

/** GET /api/public/complaints/{no}?queryCode= (404 for a wrong number or code). */
export async function fetchPublicComplaint(complaintNo: string, queryCode: string): Promise<PublicComplaint> {
  const { data } = await http.get<PublicComplaint>(`/api/public/complaints/${encodeURIComponent(complaintNo)}`, {
    params: { queryCode },
    skipErrorRedirect: true,
  })
  return data
}

/** POST /api/public/complaints/{no}/rating?queryCode=: the complainant rates the handling once. */
export async function rateComplaint(
  complaintNo: string,
  queryCode: string,
  level: SatisfactionLevel,
  comment?: string,
): Promise<PublicComplaint> {
  const { data } = await http.post<PublicComplaint>(
    `/api/public/complaints/${encodeURIComponent(complaintNo)}/rating`,
    { level, comment },
    { params: { queryCode }, skipErrorRedirect: true },
  )
  return data
}
