import { http } from './http'

/** Cards raised in a period, by colour. */
export interface ScoreCards {
  yellow: number
  red: number
  anomaly: number
}

/** One department's row of GET /api/scores. Rates are 0..1, null with nothing to divide by. */
export interface DepartmentScore {
  department: { code: string; name: string }
  cases: number
  accepted: number
  completed: number
  completionRate: number | null
  onTimeRate: number | null
  earlyRate: number | null
  overdueRate: number | null
  pastStatutory: number
  openOverdue: number
  speedUp: number | null
  cards: ScoreCards
  complaints: number
  complaintsClosed: number
  ratings: number
  ratingRate: number | null
  satisfactionRate: number | null
  /** 0..100; null for a department that completed no case in the period. */
  score: number | null
  grade: Grade | null
  rank: number | null
}

export type Grade = '优秀' | '良好' | '合格' | '不合格'

/** One staff member's row of GET /api/scores/staff. */
export interface StaffScore {
  username: string
  displayName: string
  received: number
  accepted: number
  completed: number
  onTimeRate: number | null
  earlyRate: number | null
  overdueRate: number | null
  speedUp: number | null
  cards: ScoreCards
}

/** One month of GET /api/scores/trend. */
export interface TrendPoint {
  period: string
  cases: number
  completed: number
  onTimeRate: number | null
  cards: ScoreCards
}

export const WEIGHT_NAMES = ['ON_TIME', 'EARLY', 'SPEED_UP', 'CARDS', 'SATISFACTION', 'COMPLAINTS'] as const
export type WeightName = (typeof WEIGHT_NAMES)[number]
export type ScoreWeights = Record<WeightName, number>

export async function getScores(period: string, region?: string): Promise<DepartmentScore[]> {
  const { data } = await http.get<DepartmentScore[]>('/api/scores', { params: { period, region } })
  return data
}

export async function getStaffScores(period: string, department: string): Promise<StaffScore[]> {
  const { data } = await http.get<StaffScore[]>('/api/scores/staff', { params: { period, department } })
  return data
}

export async function getScoreTrend(period: string, region?: string): Promise<TrendPoint[]> {
  const { data } = await http.get<TrendPoint[]>('/api/scores/trend', { params: { period, region } })
  return data
}

export async function getScoreWeights(): Promise<ScoreWeights> {
  const { data } = await http.get<ScoreWeights>('/api/scores/weights')
  return data
}

export async function putScoreWeights(weights: ScoreWeights): Promise<ScoreWeights> {
  const { data } = await http.put<ScoreWeights>('/api/scores/weights', weights)
  return data
}

/** The bulletin PDF (通报), downloaded by the browser with its session cookie. */
export function scoreBulletinUrl(period: string, region?: string): string {
  const query = new URLSearchParams({ period })
  if (region) query.set('region', region)
  return `/api/scores/bulletin?${query.toString()}`
}

/** GET /api/scores/bulletin/availability: whether opening the bulletin will find or issue one. */
export interface BulletinAvailability {
  period: string
  region: string
  /** The bureau and administrators issue a bulletin when none stands for the figures. */
  mayIssue: boolean
  latestSerialNo: string | null
  latestIssuedAt: string | null
}

export async function getBulletinAvailability(period: string, region?: string): Promise<BulletinAvailability> {
  const { data } = await http.get<BulletinAvailability>('/api/scores/bulletin/availability', { params: { period, region } })
  return data
}
