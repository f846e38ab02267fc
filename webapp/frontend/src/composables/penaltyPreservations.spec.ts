import { describe, expect, it } from 'vitest'
import { canRequestPreservation, preservationAction, preservationDeadline, preservedItems, type PreservationActor } from './penaltyPreservations'
import type { EvidencePreservation, PenaltyDetail } from '@/api/penalty'

const officer: PreservationActor = { username: 'officer', leader: false, officer: true }
const otherOfficer: PreservationActor = { username: 'officer3', leader: false, officer: true }
const leader: PreservationActor = { username: 'leader', leader: true, officer: false }

function detail(stage: string, openedAt: string | null = '2027-03-01T09:00:00'): PenaltyDetail {
  return {
    file: { stage, openedAt },
    officers: [
      { username: 'officer', displayName: '林执法', certificateNo: '35012024000101' },
      { username: 'officer2', displayName: '陈执法', certificateNo: '35012024000102' },
    ],
  } as unknown as PenaltyDetail
}

function preservation(status: EvidencePreservation['status'], dueDate: string | null = null, overdue = false): EvidencePreservation {
  return {
    id: 'p1',
    items: '牛奶 12 盒\n\n 进货单据 1 份 ',
    reason: '可能转移',
    requestedBy: 'officer',
    requestedAt: '2027-03-01T10:00:00',
    approvedBy: null,
    approvalOpinion: null,
    status,
    decisionKind: null,
    decisionNote: null,
    decidedBy: null,
    dueDate,
    overdue,
  }
}

describe('canRequestPreservation', () => {
  it('lets an officer on the case preserve evidence during the investigation', () => {
    expect(canRequestPreservation(detail('INVESTIGATION'), officer)).toBe(true)
  })

  it('refuses officers not on the case, other roles, unopened cases and later stages', () => {
    expect(canRequestPreservation(detail('INVESTIGATION'), otherOfficer)).toBe(false)
    expect(canRequestPreservation(detail('INVESTIGATION'), leader)).toBe(false)
    expect(canRequestPreservation(detail('OPENING', null), officer)).toBe(false)
    expect(canRequestPreservation(detail('HEAD_REVIEW'), officer)).toBe(false)
  })
})

describe('preservationAction', () => {
  it('gives a request to the head and preserved evidence to an officer on the case', () => {
    expect(preservationAction(detail('INVESTIGATION'), preservation('REQUESTED'), leader)).toBe('ANSWER')
    expect(preservationAction(detail('INVESTIGATION'), preservation('REQUESTED'), officer)).toBe('NONE')
    expect(preservationAction(detail('HEAD_REVIEW'), preservation('PRESERVED', '2027-03-10'), officer)).toBe('DECIDE')
    expect(preservationAction(detail('INVESTIGATION'), preservation('PRESERVED', '2027-03-10'), otherOfficer)).toBe('NONE')
  })

  it('offers nothing once refused or decided', () => {
    expect(preservationAction(detail('INVESTIGATION'), preservation('REFUSED'), leader)).toBe('NONE')
    expect(preservationAction(detail('INVESTIGATION'), preservation('DECIDED'), officer)).toBe('NONE')
  })
})

describe('preservationDeadline', () => {
  it('runs until the server records the limit passed', () => {
    expect(preservationDeadline(preservation('PRESERVED', '2027-03-10'))).toBe('RUNNING')
    expect(preservationDeadline(preservation('PRESERVED', '2027-03-10', true))).toBe('LATE')
  })

  it('has no deadline before approval or after the decision', () => {
    expect(preservationDeadline(preservation('REQUESTED'))).toBe('NONE')
    expect(preservationDeadline(preservation('DECIDED', '2027-03-10', true))).toBe('NONE')
  })
})

describe('preservedItems', () => {
  it('lists one item per non-blank line', () => {
    expect(preservedItems('牛奶 12 盒\n\n 进货单据 1 份 ')).toEqual(['牛奶 12 盒', '进货单据 1 份'])
  })
})
