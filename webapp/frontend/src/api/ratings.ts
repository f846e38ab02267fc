import { isAxiosError } from 'axios'
import { http } from './http'

/** The five levels of 好差评, best first. */
export const SATISFACTION_LEVELS = [
  'VERY_SATISFIED',
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'DISSATISFIED',
  'VERY_DISSATISFIED',
] as const
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number]

/** 不满意 and 非常不满意: the department has to call back and fix within 15 working days. */
export function isBadLevel(level: SatisfactionLevel): boolean {
  return level === 'DISSATISFIED' || level === 'VERY_DISSATISFIED'
}

export interface FollowUp {
  status: 'OPEN' | 'DONE'
  /** The last working day of the 15. */
  due: string
  overdue: boolean
  callbackNote?: string
  fixNote?: string
  doneAt?: string
  doneBy?: string
}

/** A case's one rating. */
export interface CaseRating {
  caseNo: string
  departmentCode: string
  level: SatisfactionLevel
  levelName: string
  comment?: string
  ratedAt: string
  selfRating: boolean
  followUp?: FollowUp
}

export interface RatingInput {
  level: SatisfactionLevel
  comment?: string
}

/** How the rating is addressed: anonymously with the query code, or as the signed-in applicant. */
export type RatingTarget = { caseNo: string; queryCode: string } | { caseNo: string; own: true }

function ratingUrl(target: RatingTarget): { url: string; params?: { queryCode: string } } {
  const caseNo = encodeURIComponent(target.caseNo)
  return 'queryCode' in target
    ? { url: `/api/public/cases/${caseNo}/rating`, params: { queryCode: target.queryCode } }
    : { url: `/api/cases/${caseNo}/rating` }
}

/** GET the rating of a case; null while it has none (404). */
export async function fetchRating(target: RatingTarget): Promise<CaseRating | null> {
  const { url, params } = ratingUrl(target)
  try {
    const { data } = await http.get<CaseRating>(url, { params, skipErrorRedirect: true })
    return data
  } catch (error) {
    if (isAxiosError(error) && error.response?.status === 404) return null
    throw error
  }
}

/** POST a rating: 201; 409 for a second one, 400 for a case not closed. */
export async function rateCase(target: RatingTarget, input: RatingInput): Promise<CaseRating> {
  const { url, params } = ratingUrl(target)
  const { data } = await http.post<CaseRating>(url, input, { params, skipErrorRedirect: true })
  return data
}

/** GET /api/satisfaction/follow-ups: bad ratings of the departments the user oversees. */
export async function listFollowUps(status: '' | 'OPEN' | 'DONE' = ''): Promise<CaseRating[]> {
  const { data } = await http.get<CaseRating[]>('/api/satisfaction/follow-ups', {
    params: status ? { status } : {},
  })
  return data
}

/** POST /api/satisfaction/follow-ups/{caseNo}/complete: the call-back and the fix. */
export async function completeFollowUp(caseNo: string, callbackNote: string, fixNote: string): Promise<CaseRating> {
  const { data } = await http.post<CaseRating>(
    `/api/satisfaction/follow-ups/${encodeURIComponent(caseNo)}/complete`,
    { callbackNote, fixNote },
  )
  return data
}
