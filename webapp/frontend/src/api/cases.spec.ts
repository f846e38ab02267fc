import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setErrorRedirectHandlers } from './http'
import {
  createCase,
  endPause,
  fetchCase,
  fetchPublicCase,
  listCases,
  materialUrl,
  requestExtension,
  startPause,
  supplementCase,
  uploadMaterial,
  type CaseApplication,
} from './cases'
import { apiProblem } from './problems'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { aCase, aCaseSummary, aMaterial } from '@/testing/caseworkFixtures'

const application: CaseApplication = {
  itemCode: 'SFX-SCJGJ-XK-0001',
  applicant: { name: '张三', type: 'PERSON', idNo: '110101199003077777', phone: '13800138000' },
  channel: 'ONLINE',
  formData: { description: '新开一家面馆' },
}

describe('cases API client', () => {
  const onUnauthorized = vi.fn()

  beforeEach(() => {
    setErrorRedirectHandlers({ onUnauthorized, onForbidden: vi.fn() })
  })

  afterEach(() => {
    setErrorRedirectHandlers(null)
    vi.clearAllMocks()
  })

  it('files an application as JSON and answers the case number and query code', async () => {
    const calls = fakeAdapter(() => ({ status: 201, body: { caseNo: 'SFX-2026-000123', queryCode: 'K7P2QX', status: 'RECEIVED' } }))
    const created = await createCase(application)
    expect(created).toEqual({ caseNo: 'SFX-2026-000123', queryCode: 'K7P2QX', status: 'RECEIVED' })
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/cases', json: application })
  })

  it('uploads a material as multipart fields "file" and "materialIndex"', async () => {
    const calls = fakeAdapter(() => ({ status: 201, body: aMaterial({ materialIndex: 2 }) }))
    const file = new File(['%PDF-1.4'], '平面图.pdf', { type: 'application/pdf' })
    const material = await uploadMaterial('SFX-2026-000123', 2, file)
    expect(material.materialIndex).toBe(2)
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/cases/SFX-2026-000123/materials' })
    expect((calls[0]?.form?.get('file') as File).name).toBe('平面图.pdf')
    expect(calls[0]?.form?.get('materialIndex')).toBe('2')
  })

  it('builds preview URLs with encoded parts', () => {
    expect(materialUrl('SFX-2026-000123', 31)).toBe('/api/cases/SFX-2026-000123/materials/31')
    expect(materialUrl('A B/1', 2)).toBe('/api/cases/A%20B%2F1/materials/2')
  })

  it('reads a case and sends the supplement note', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: aCase() }))
    expect((await fetchCase('SFX-2026-000123')).itemName).toBe('食品经营许可')
    await supplementCase('SFX-2026-000123', '已补交平面图')
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/cases/SFX-2026-000123',
      'POST /api/cases/SFX-2026-000123/supplement',
    ])
    expect(calls[1]?.json).toEqual({ note: '已补交平面图' })
  })

  it('lists cases with only the filters that are set', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: { items: [aCaseSummary()], total: 1 } }))
    const page = await listCases({ status: '', department: 'SFX-SCJGJ', overdue: true, page: 1, size: 20 })
    expect(page.total).toBe(1)
    expect(calls[0]?.params).toEqual({ department: 'SFX-SCJGJ', overdue: true, page: 1, size: 20 })
    await listCases({ overdue: null, status: 'PAUSED' })
    expect(calls[1]?.params).toEqual({ status: 'PAUSED' })
  })

  it('asks the public progress query without redirecting to the login', async () => {
    const calls = fakeAdapter(() => ({ status: 401, body: { error: 'unauthorized' } }))
    await expect(fetchPublicCase('SFX-2026-000123', 'K7P2QX')).rejects.toBeTruthy()
    expect(calls[0]).toMatchObject({ url: '/api/public/cases/SFX-2026-000123', params: { queryCode: 'K7P2QX' } })
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('keeps the localised message of a rate-limited query', async () => {
    fakeAdapter(() => ({ status: 429, body: { status: 429, error: 'too_many_requests', message: '查询过于频繁' } }))
    const failure = await fetchPublicCase('X', 'Y').catch((error: unknown) => error)
    expect(apiProblem(failure)).toMatchObject({ status: 429, message: '查询过于频繁' })
  })

  it('starts and ends a special procedure and asks for an extension', async () => {
    const calls = fakeAdapter(() => ({ status: 201, body: {} }))
    await startPause('SFX-2026-000123', { kind: 'EXPERT_REVIEW', reason: '专家评审', expectedWorkingDays: 5 })
    await endPause('SFX-2026-000123', 7)
    await requestExtension('SFX-2026-000123', '情况复杂')
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/cases/SFX-2026-000123/pauses',
      'POST /api/cases/SFX-2026-000123/pauses/7/end',
      'POST /api/cases/SFX-2026-000123/extension',
    ])
    expect(calls[0]?.json).toEqual({ kind: 'EXPERT_REVIEW', reason: '专家评审', expectedWorkingDays: 5 })
    expect(calls[2]?.json).toEqual({ reason: '情况复杂' })
  })
})
