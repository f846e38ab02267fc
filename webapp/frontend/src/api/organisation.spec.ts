import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('./http', () => ({ http: { get: vi.fn() } }))

const { http } = await import('./http')
const { fetchDepartments, fetchRegions } = await import('./organisation')
const get = vi.mocked(http.get)

describe('organisation API client', () => {
  beforeEach(() => {
    get.mockReset()
  })

  it('reads the departments and the regions', async () => {
    const market = { code: 'SFX-SCJGJ', name: '示范县市场监督管理局', shortName: '县市场监管局', regionCode: 'SF-SFS-SFX', kind: 'functional' }
    const province = { code: 'SF', name: '示范省', level: 'province', parentCode: null }
    get.mockResolvedValueOnce({ data: [market] }).mockResolvedValueOnce({ data: [province] })

    expect(await fetchDepartments()).toEqual([market])
    expect(await fetchRegions()).toEqual([province])
    expect(get.mock.calls.map((call) => call[0])).toEqual(['/api/organisation/departments', '/api/organisation/regions'])
  })
})
