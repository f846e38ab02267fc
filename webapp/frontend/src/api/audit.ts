import { http } from './http'

/** One row of the hash-chained audit log (GET /api/audit/entries). */
export interface AuditRecord {
  id: number
  occurredAt: string
  actor: string
  action: string
  caseNo: string | null
  objectId: string | null
  httpMethod: string | null
  path: string | null
  status: number | null
  outcome: 'SUCCESS' | 'FAILURE'
  detail: string | null
  prevHash: string
  hash: string
}

/** What GET /api/audit/verify answers. */
export interface ChainVerification {
  ok: boolean
  checked: number
  firstBrokenId: number | null
  reason: 'ROW_ALTERED' | 'ROW_MISSING' | 'LINK_BROKEN' | 'HEAD_MISMATCH' | null
  lastId: number
  lastHash: string
}

/** The log's filters; empty strings filter nothing. Days are YYYY-MM-DD, both included. */
export interface AuditQuery {
  user?: string
  caseNo?: string
  action?: string
  from?: string
  to?: string
  /** 0-based. */
  page?: number
}

/** Actions the platform records (the server may add others). */
export const AUDIT_ACTIONS = [
  'LOGIN',
  'LOGOUT',
  'TASK_COMPLETED',
  'TASK_REQUEST',
  'CASE_REQUEST',
  'CATALOG_CHANGE',
  'CALENDAR_CHANGE',
  'CONFIGURATION_CHANGE',
  'POST_CHANGE',
  'RECEIPT_BOOK_CHANGE',
  'FEE_REQUEST',
  'LEVY_REQUEST',
  'PENALTY_REQUEST',
  'SUPERVISION_REQUEST',
  'COMPLAINT_REQUEST',
  'SIGN_IN_REQUEST',
  'ARCHIVE_REQUEST',
  'ENGINE_API_CALL',
  'API_CALL',
] as const

interface AuditPageAnswer {
  entries: AuditRecord[]
  total: number
  page: number
  size: number
}

/** Only the filters that are set, so the server sees no empty parameters. */
export function setParams(query: object): Record<string, string | number> {
  const params: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params[key] = value as string | number
  }
  return params
}

/** GET /api/audit/entries: newest first, a page at a time (auditors and administrators). */
export async function listAuditEntries(query: AuditQuery): Promise<{ items: AuditRecord[]; total: number; size: number }> {
  const { data } = await http.get<AuditPageAnswer>('/api/audit/entries', { params: setParams(query) })
  return { items: data.entries, total: data.total, size: data.size }
}

/** GET /api/audit/verify: walks the whole chain. */
export async function verifyAuditChain(): Promise<ChainVerification> {
  const { data } = await http.get<ChainVerification>('/api/audit/verify')
  return data
}
