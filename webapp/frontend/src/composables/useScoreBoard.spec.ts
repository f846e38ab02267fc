import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { aDepartmentScore } from '@/testing/scoreFixtures'
import { withSetup } from '@/testing/withSetup'
import type { StaffScore, TrendPoint } from '@/api/scores'
import { gradeType, percent, periodKey, useScoreBoard } from './useScoreBoard'

const market = aDepartmentScore()

const march: TrendPoint = { period: '2026-03', cases: 4, completed: 4, onTimeRate: 0.5, cards: { yellow: 2, red: 1, anomaly: 0 } }

const handler: StaffScore = {
  username: 'handler',
  displayName: '赵承办',
  received: 0,
  accepted: 0,
  completed: 4,
  onTimeRate: 0.5,
  earlyRate: 0.25,
  overdueRate: 0.5,
  speedUp: 0.4625,
  cards: { yellow: 0, red: 0, anomaly: 0 },
}

function answering(routes: Record<string, unknown>, status = 200) {
  return fakeAdapter((call) => (call.url in routes ? { status, body: routes[call.url] } : { status: 404 }))
}

describe('periodKey', () => {
  it('writes months, quarters and years as the API reads them', () => {
    expect(periodKey('month', 2026, 3)).toBe('2026-03')
    expect(periodKey('month', 2026, 11)).toBe('2026-11')
    expect(periodKey('quarter', 2026, 4)).toBe('2026-Q4')
    expect(periodKey('year', 2026, 0)).toBe('2026')
  })
})

describe('gradeType and percent', () => {
  it('colours each grade and shows rates as percentages', () => {
    expect(gradeType('优秀')).toBe('success')
    expect(gradeType('不合格')).toBe('danger')
    expect(gradeType(null)).toBe('info')
    expect(percent(0.4625)).toBe('46.3%')
    expect(percent(null)).toBe('—')
  })
})

describe('useScoreBoard', () => {
  it('reads the ranking of the period and the months of its year, and the bulletin link follows the period', async () => {
    const calls = answering({ '/api/scores': [market], '/api/scores/trend': [march] })
    const board = withSetup(() => useScoreBoard(new Date(2026, 2, 15)))
    expect(board.period.value).toBe('2026-03')
    await board.load()
    expect(calls.map((call) => [call.url, call.params.period])).toEqual([
      ['/api/scores', '2026-03'],
      ['/api/scores/trend', '2026'],
    ])
    expect(board.rows.value[0]?.grade).toBe('不合格')
    expect(board.trend.value).toHaveLength(1)
    board.setKind('quarter')
    expect(board.period.value).toBe('2026-Q1')
    board.region.value = 'SF-SFS-SFX'
    expect(board.bulletinUrl.value).toBe('/api/scores/bulletin?period=2026-Q1&region=SF-SFS-SFX')
    board.setKind('year')
    expect(board.period.value).toBe('2026')
  })

  it('offers the bulletin unless the server said none was issued and the caller may not issue one', async () => {
    const none = { period: '2026-03', region: 'SF-SFS-SFX', mayIssue: false, latestSerialNo: null, latestIssuedAt: null }
    const calls = answering({ '/api/scores/bulletin/availability': none })
    const board = withSetup(() => useScoreBoard(new Date(2026, 2, 15)))
    expect(board.bulletinOffered.value).toBe(true)
    await board.loadBulletin()
    expect(calls[0]?.params).toEqual({ period: '2026-03', region: undefined })
    expect(board.bulletinOffered.value).toBe(false)
    board.setKind('quarter')
    // Not asked yet for the quarter: the link is offered as before.
    expect(board.bulletinOffered.value).toBe(true)
  })

  it('drills into a department for its staff and out again', async () => {
    const calls = answering({ '/api/scores/staff': [handler] })
    const board = withSetup(() => useScoreBoard(new Date(2026, 2, 15)))
    await board.drill(market)
    expect(calls[0]?.params).toEqual({ period: '2026-03', department: 'SFX-SCJGJ' })
    expect(board.staff.value[0]?.displayName).toBe('赵承办')
    await board.drill(null)
    expect(board.drilled.value).toBeNull()
    expect(board.staff.value).toEqual([])
  })

  it("shows the server's message when the period or region is refused", async () => {
    answering({ '/api/scores': { message: '无权查看示范市的考评' }, '/api/scores/trend': [] }, 403)
    const board = withSetup(() => useScoreBoard(new Date(2026, 2, 15)))
    await board.load()
    expect(board.errorMessage.value).toBe('无权查看示范市的考评')
    expect(board.loading.value).toBe(false)
  })
})
