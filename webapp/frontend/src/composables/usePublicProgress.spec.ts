import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { usePublicProgress } from './usePublicProgress'

const setup = () => withSetup(usePublicProgress)

describe('usePublicProgress', () => {
  it('asks with the trimmed number and code and shows the answer', async () => {
    const answer = {
      caseNo: 'SFX-2026-000123',
      itemName: '食品经营许可',
      departmentName: '示范县市场监督管理局',
      status: 'IN_PROGRESS',
      decision: null,
      receivedAt: '2026-10-12T01:00:00Z',
      acceptedAt: null,
      promisedDeadline: '2026-10-27',
      currentStepNames: ['承办人审查'],
      timeline: [{ at: '2026-10-12T01:00:00Z', kind: 'RECEIVED' }],
    }
    const calls = fakeAdapter(() => ({ status: 200, body: answer }))
    const state = setup()
    Object.assign(state.query, { caseNo: ' SFX-2026-000123 ', queryCode: ' K7P2QX' })
    await state.search()
    expect(calls[0]).toMatchObject({ url: '/api/public/cases/SFX-2026-000123', params: { queryCode: 'K7P2QX' } })
    expect(state.result.value?.currentStepNames).toEqual(['承办人审查'])
    expect(state.errorMessage.value).toBeNull()
  })

  it('says the number or code is wrong on 404, whatever the server adds', async () => {
    fakeAdapter(() => ({ status: 404, body: { status: 404, error: 'not_found', message: 'Case SFX-1 not found' } }))
    const state = setup()
    await state.search()
    expect(state.errorMessage.value).toBe('办件编号或查询码不正确')
    expect(state.result.value).toBeNull()
  })

  it("shows the server's rate-limit message on 429, or its own", async () => {
    fakeAdapter(() => ({ status: 429, body: { status: 429, error: 'too_many_requests', message: '查询过于频繁，请 1 分钟后再试' } }))
    const state = setup()
    await state.search()
    expect(state.errorMessage.value).toBe('查询过于频繁，请 1 分钟后再试')
    fakeAdapter(() => ({ status: 429, body: {} }))
    await state.search()
    expect(state.errorMessage.value).toBe('查询过于频繁，请稍后再试')
  })
})
