import type { DepartmentScore } from '@/api/scores'

/**
 * The market-regulation bureau's March 2026 in the scores journey test: four cases, early,
 * on time, late and very late; score 47.1, 不合格. Override fields as a spec needs.
 */
export function aDepartmentScore(overrides: Partial<DepartmentScore> = {}): DepartmentScore {
  return {
    department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
    cases: 4,
    accepted: 4,
    completed: 4,
    completionRate: 1,
    onTimeRate: 0.5,
    earlyRate: 0.25,
    overdueRate: 0.5,
    pastStatutory: 1,
    openOverdue: 0,
    speedUp: 0.4625,
    cards: { yellow: 2, red: 1, anomaly: 0 },
    complaints: 0,
    complaintsClosed: 0,
    ratings: 0,
    ratingRate: 0,
    satisfactionRate: null,
    score: 47.1,
    grade: '不合格',
    rank: 1,
    ...overrides,
  }
}
