import { beforeEach, describe, expect, it, vi } from 'vitest'
import { listItems } from '@/api/catalog'
import { DEPARTMENT_PROBE_SIZE, useDepartmentOptions } from './useDepartmentOptions'

vi.mock('@/api/catalog', () => ({ listItems: vi.fn() }))

const market = { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' }
const housing = { code: 'SFX-ZJJ', name: '示范县住房和城乡建设局' }

describe('useDepartmentOptions', () => {
  beforeEach(() => {
    vi.mocked(listItems).mockReset()
  })

  it('learns the departments of one broad catalog page, once each, sorted by code', async () => {
    vi.mocked(listItems).mockResolvedValue({
      items: [{ department: housing }, { department: market }, { department: market }] as never,
      total: 3,
      page: 0,
      size: DEPARTMENT_PROBE_SIZE,
    })
    const { departments, load } = useDepartmentOptions()
    await load()
    expect(listItems).toHaveBeenCalledWith({ size: DEPARTMENT_PROBE_SIZE })
    expect(departments.value).toEqual([market, housing])
  })

  it('adds departments seen later and survives a failed probe', async () => {
    vi.mocked(listItems).mockRejectedValue(new Error('offline'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { departments, load, remember } = useDepartmentOptions()
    await load()
    expect(departments.value).toEqual([])
    remember([housing, null, undefined])
    expect(departments.value).toEqual([housing])
    warn.mockRestore()
  })
})
