import { http } from './http'

/** Levels a supervision card can have (reminders open no card). */
export const CARD_LEVELS = ['YELLOW', 'RED', 'ANOMALY'] as const
export type CardLevel = (typeof CARD_LEVELS)[number]

export const CARD_STATUSES = ['OPENED', 'AWAITING_DEPARTMENT', 'AWAITING_REVIEW', 'CLOSED'] as const
export type CardStatus = (typeof CARD_STATUSES)[number]

/** What the caller may do with a card now; the server lists them in `actions`. */
export type CardAction = 'CONFIRM' | 'APPEAL' | 'ACCEPT' | 'REJECT_APPEAL' | 'RESUPERVISE'
export type ReviewDecision = 'ACCEPT' | 'REJECT_APPEAL' | 'RESUPERVISE'

/** The nine accountability measures (S1 Art 13) a card may close with. */
export const CARD_MEASURES = [
  'ADMONISHMENT_TALK',
  'WRITTEN_SELF_CRITICISM',
  'CIRCULATED_CRITICISM',
  'SUSPENSION_PENDING_REVIEW',
  'REASSIGNMENT',
  'REMOVAL',
  'DEMOTION',
  'ORDERED_RESIGNATION',
  'PARTY_OR_ADMINISTRATIVE_DISCIPLINE',
] as const
export type CardMeasure = (typeof CARD_MEASURES)[number]

export interface CardUnit {
  code: string
  name: string
}

/** One entry of GET /api/supervision/cards. */
export interface CardSummary {
  id: number
  cardNo: string
  caseNo: string
  department: CardUnit
  bureau: CardUnit
  level: CardLevel | string
  kind: string
  status: CardStatus | string
  deadline: string | null
  escalated: boolean
  outcome: string | null
  openedAt: string
  closedAt: string | null
}

export interface CardEvent {
  id: number
  eventAt: string
  kind: string
  actor: string
  opinion: string | null
  detail: string | null
}

export interface CardNotice {
  id: string
  type: string
  title: string
  serialNo: string
  sha256: string
  createdAt: string
  /** Where the PDF downloads from. */
  download: string
}

/** Another card of the same case, linked by an escalation. */
export interface RelatedCard {
  id: number
  cardNo: string
  level: CardLevel | string
  status: CardStatus | string
}

/** GET /api/supervision/cards/{id}. */
export interface CardDetail {
  card: CardSummary
  answer: 'CONFIRM' | 'APPEAL' | null
  explanation: string | null
  rectification: string | null
  appealReason: string | null
  rounds: number
  measures: { code: CardMeasure | string; name: string }[]
  currentStep: { key: string; name: string; assignee: string | null; due: string | null } | null
  actions: (CardAction | string)[]
  history: CardEvent[]
  notices: CardNotice[]
  /** The yellow card whose lapse raised this red card, if the caller may read it. */
  escalatedFrom: RelatedCard | null
  /** The red card this yellow card's lapse raised, if the caller may read it. */
  escalatedTo: RelatedCard | null
}

export interface CardFilters {
  department?: string
  status?: CardStatus | ''
  level?: CardLevel | ''
}

export interface ReviewRequest {
  decision: ReviewDecision
  opinion: string
  measures: CardMeasure[]
}

const CARDS_URL = '/api/supervision/cards'

function cardUrl(id: number): string {
  return `${CARDS_URL}/${encodeURIComponent(String(id))}`
}

/** GET /api/supervision/cards: the cards within the caller's scope, newest first. */
export async function listCards(filters: CardFilters = {}): Promise<CardSummary[]> {
  const params: Record<string, string> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') params[key] = value
  }
  const { data } = await http.get<CardSummary[]>(CARDS_URL, { params })
  return data
}

export async function fetchCard(id: number): Promise<CardDetail> {
  const { data } = await http.get<CardDetail>(cardUrl(id))
  return data
}

/** The department confirms and explains, recording its rectification (整改). */
export async function confirmCard(id: number, explanation: string, rectification: string): Promise<CardDetail> {
  const { data } = await http.post<CardDetail>(`${cardUrl(id)}/confirm`, { explanation, rectification })
  return data
}

/** The department appeals (申诉). */
export async function appealCard(id: number, reason: string): Promise<CardDetail> {
  const { data } = await http.post<CardDetail>(`${cardUrl(id)}/appeal`, { reason })
  return data
}

/** The bureau accepts, rejects the appeal or re-supervises (再监察). */
export async function reviewCard(id: number, review: ReviewRequest): Promise<CardDetail> {
  const { data } = await http.post<CardDetail>(`${cardUrl(id)}/review`, review)
  return data
}
