import type { EvidencePreservation, PenaltyDetail } from '@/api/penalty'

/** What the signed-in member of staff may do with one preservation. */
export type PreservationAction = 'ANSWER' | 'DECIDE' | 'NONE'

/** Who the signed-in member of staff is, as far as preservations care. */
export interface PreservationActor {
  username: string
  leader: boolean
  officer: boolean
}

function onTheCase(detail: PenaltyDetail, actor: PreservationActor): boolean {
  return actor.officer && detail.officers.some((officer) => officer.username === actor.username)
}

/** Officers on the case preserve evidence only while it is investigated (APL 56). */
export function canRequestPreservation(detail: PenaltyDetail, actor: PreservationActor): boolean {
  return detail.file.stage === 'INVESTIGATION' && detail.file.openedAt !== null && onTheCase(detail, actor)
}

/** The head answers a request; an officer on the case decides on what was preserved. */
export function preservationAction(detail: PenaltyDetail, preservation: EvidencePreservation, actor: PreservationActor): PreservationAction {
  if (preservation.status === 'REQUESTED' && actor.leader) return 'ANSWER'
  if (preservation.status === 'PRESERVED' && onTheCase(detail, actor)) return 'DECIDE'
  return 'NONE'
}

/**
 * Where a preservation stands against its 7 working days. Late is what the server recorded when the
 * limit's timer fired, not the browser's date: the platform's clock is the one that counts.
 */
export function preservationDeadline(preservation: EvidencePreservation): 'LATE' | 'RUNNING' | 'NONE' {
  if (preservation.status !== 'PRESERVED' || preservation.dueDate === null) return 'NONE'
  return preservation.overdue ? 'LATE' : 'RUNNING'
}

/** The items as the notice lists them, one per non-blank line. */
export function preservedItems(items: string): string[] {
  return items
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}
