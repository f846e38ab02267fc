import { describe, expect, it } from 'vitest'
import { listNotices, noticePdfUrl } from './notices'
import { fakeAdapter } from '@/testing/fakeAdapter'

describe('notices API client', () => {
  it('lists the notices of a case', async () => {
    const notice = { id: 5, type: 'ACCEPTANCE', title: '受理通知书', serialNo: 'SFX-SL-2026-0005', sha256: 'cd', createdAt: '2026-10-13T02:00:00Z' }
    const calls = fakeAdapter(() => ({ status: 200, body: [notice] }))
    expect(await listNotices('SFX-2026-000123')).toEqual([notice])
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/cases/SFX-2026-000123/notices' })
  })

  it('builds PDF download URLs', () => {
    expect(noticePdfUrl(5)).toBe('/api/notices/5/pdf')
  })
})
