/** Role codes issued by the backend in the `roles` array of /api/me. */
export const ROLE_CODES = [
  'applicant',
  'clerk',
  'handler',
  'section-head',
  'deputy-leader',
  'leader',
  'dept-supervisor',
  'bureau-supervisor',
  'reform-office',
  'auditor',
  'admin',
  'cashier',
  'finance',
  'payment-gateway',
] as const

export type RoleCode = (typeof ROLE_CODES)[number]

export interface CodeName {
  code: string
  name: string
}

export interface Region extends CodeName {
  level: string
}

/** Shape of GET /api/me and of a successful POST /api/auth/login. */
export interface CurrentUser {
  username: string
  displayName: string
  department: CodeName | null
  section: CodeName | null
  region: Region | null
  /** Usually RoleCode values; unknown codes are kept and shown verbatim. */
  roles: string[]
}

/** Shape of GET/POST /api/admin/clock. */
export interface ClockState {
  /** ISO-8601 instant with offset, e.g. 2026-10-12T09:00:00+08:00 */
  now: string
  simulated: boolean
}

/** Body of every error answered by /api. */
export interface ApiErrorBody {
  error: string
  message?: string
}
