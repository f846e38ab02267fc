import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchDepartments } from '@/api/organisation'
import { useDepartmentOptions } from './useDepartmentOptions'

vi.mock('@/api/organisation', () => ({ fetchDepartments: vi.fn() }))

const market = { code: 'SFX-SCJGJ', name: '示范县市场监督管理局', shortName: '县市场监管局', regionCode: 'SF-SFS-SFX', kind: 'functional' }
const audit = { code: 'SFX-SJJ', name: '示范县审计局', shortName: '县审计局', regionCode: 'SF-SFS-SFX', kind: 'audit' }

describe('useDepartmentOptions', () => {
  beforeEach(() => {
    vi.mocked(fetchDepartments).mockReset()
  })

  it('offers every department of the organisation by name, in the server order', async () => {
    vi.mocked(fetchDepartments).mockResolvedValue([market, audit])
    const { departments, failed, load } = useDepartmentOptions()

    await load()

    expect(fetchDepartments).toHaveBeenCalledOnce()
    expect(departments.value).toEqual([
      { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
      { code: 'SFX-SJJ', name: '示范县审计局' },
    ])
    expect(failed.value).toBe(false)
  })

  it('survives a failed read with no options', async () => {
    vi.mocked(fetchDepartments).mockRejectedValue(new Error('offline'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { departments, failed, load } = useDepartmentOptions()

    await load()

    expect(departments.value).toEqual([])
    expect(failed.value).toBe(true)
    warn.mockRestore()
  })
})
