import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { useAuditLog } from './useAuditLog'

describe('useAuditLog', () => {
  it('sends the set filters with the day range and a 0-based page', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: { entries: [], total: 120, page: 2, size: 50 } }))
    const log = withSetup(() => useAuditLog())
    Object.assign(log.filters, { user: ' clerk ', caseNo: '', action: 'TASK_COMPLETED', days: ['2026-12-01', '2026-12-07'] })
    await log.goTo(3)
    expect(calls[0]?.params).toEqual({ user: 'clerk', action: 'TASK_COMPLETED', from: '2026-12-01', to: '2026-12-07', page: 2 })
    expect(log.total.value).toBe(120)
    await log.reset()
    expect(calls[1]?.params).toEqual({ page: 0 })
  })

  it('keeps the verification result, or the server message when it fails', async () => {
    const broken = { ok: false, checked: 41, firstBrokenId: 42, reason: 'ROW_ALTERED', lastId: 90, lastHash: 'ef'.repeat(32) }
    let status = 200
    fakeAdapter(() => (status === 200 ? { status, body: broken } : { status, body: { error: 'forbidden', message: '无权访问' } }))
    const log = withSetup(() => useAuditLog())
    await log.verify()
    expect(log.verification.value).toEqual(broken)
    status = 403
    await log.verify()
    expect(log.verification.value).toBeNull()
    expect(log.verifyError.value).toBe('无权访问')
  })
})
