import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { useCaseRating } from './useCaseRating'

const rated = {
  caseNo: 'SFX-SCJGJ-20261207-0001',
  departmentCode: 'SFX-SCJGJ',
  level: 'DISSATISFIED',
  levelName: '不满意',
  ratedAt: '2026-12-07T01:00:00Z',
  selfRating: false,
  followUp: { status: 'OPEN', due: '2026-12-28', overdue: false },
}

describe('useCaseRating', () => {
  it('rates anonymously with the query code and shows the follow-up of a bad rating', async () => {
    const calls = fakeAdapter((call) => (call.method === 'GET' ? { status: 404, body: {} } : { status: 201, body: rated }))
    const state = withSetup(() => useCaseRating(() => ({ caseNo: rated.caseNo, queryCode: 'K7P2QX9A' })))
    await state.load()
    expect(state.rating.value).toBeNull()
    Object.assign(state.form, { level: 'DISSATISFIED', comment: '  多次跑腿 ' })
    expect(await state.submit()).toBe(true)
    expect(calls[1]).toMatchObject({
      method: 'POST',
      url: '/api/public/cases/SFX-SCJGJ-20261207-0001/rating',
      params: { queryCode: 'K7P2QX9A' },
      json: { level: 'DISSATISFIED', comment: '多次跑腿' },
    })
    expect(state.rating.value?.followUp?.due).toBe('2026-12-28')
  })

  it("rates the signed-in applicant's own case without a code", async () => {
    const calls = fakeAdapter(() => ({ status: 201, body: { ...rated, level: 'SATISFIED', followUp: undefined } }))
    const state = withSetup(() => useCaseRating(() => ({ caseNo: rated.caseNo, own: true })))
    state.form.level = 'SATISFIED'
    await state.submit()
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/cases/SFX-SCJGJ-20261207-0001/rating', params: {} })
  })

  it("shows the server's message for a second rating and asks for a level first", async () => {
    const calls = fakeAdapter(() => ({ status: 409, body: { error: 'conflict', message: '该办件已经评价过，每个办件只能评价一次' } }))
    const state = withSetup(() => useCaseRating(() => ({ caseNo: rated.caseNo, own: true })))
    expect(await state.submit()).toBe(false)
    expect(state.errorMessage.value).toBe('请选择评价等级')
    expect(calls).toHaveLength(0)
    state.form.level = 'SATISFIED'
    expect(await state.submit()).toBe(false)
    expect(state.errorMessage.value).toBe('该办件已经评价过，每个办件只能评价一次')
  })
})
