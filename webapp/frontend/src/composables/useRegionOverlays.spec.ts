import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { AxiosError, AxiosHeaders } from 'axios'
import { createAppI18n } from '@/i18n'
import { useRegionOverlays, type OverlayEditor } from './useRegionOverlays'

vi.mock('@/api/calendar', () => ({ fetchRegionOverlays: vi.fn(), saveRegionOverlays: vi.fn() }))
vi.mock('@/api/organisation', () => ({ fetchRegions: vi.fn() }))

const { fetchRegionOverlays, saveRegionOverlays } = vi.mocked(await import('@/api/calendar'))
const { fetchRegions } = vi.mocked(await import('@/api/organisation'))

const REGIONS = [
  { code: 'SF-SFS-SFX', name: '示范县', level: 'county', parentCode: 'SF-SFS' },
  { code: 'SF', name: '示范省', level: 'province', parentCode: null },
  { code: 'SF-SFS', name: '示范市', level: 'city', parentCode: 'SF' },
]

function forbidden(message: string): AxiosError {
  const config = { headers: new AxiosHeaders() }
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, {
    status: 403,
    statusText: '',
    headers: {},
    config,
    data: { error: 'forbidden', message },
  })
}

function withOverlays(editor: OverlayEditor) {
  let overlays!: ReturnType<typeof useRegionOverlays>
  const Harness = defineComponent({
    setup() {
      overlays = useRegionOverlays(() => editor)
      return () => null
    },
  })
  mount(Harness, { global: { plugins: [createAppI18n('zh-CN')] } })
  return overlays
}

describe('useRegionOverlays', () => {
  beforeEach(() => {
    fetchRegions.mockReset().mockResolvedValue(REGIONS)
    fetchRegionOverlays.mockReset().mockImplementation(async (code) => ({
      regionCode: code,
      regionName: REGIONS.find((region) => region.code === code)!.name,
      daysOff: [{ date: '2026-03-10', name: '县庆' }],
    }))
    saveRegionOverlays.mockReset()
  })

  it("opens the editor's own region and lets a county reform office edit it and nothing above it", async () => {
    const overlays = withOverlays({ admin: false, regionCode: 'SF-SFS-SFX' })
    await overlays.loadRegions()

    expect(overlays.tree.value.map((node) => node.code)).toEqual(['SF', 'SF-SFS', 'SF-SFS-SFX'])
    expect(overlays.regionCode.value).toBe('SF-SFS-SFX')
    expect(overlays.rows.value).toEqual([{ date: '2026-03-10', name: '县庆' }])
    expect(overlays.editable.value).toBe(true)
    await overlays.select('SF-SFS')
    expect(overlays.editable.value).toBe(false)
  })

  it('lets an administrator edit every region, starting with the first of the tree', async () => {
    const overlays = withOverlays({ admin: true, regionCode: null })
    await overlays.loadRegions()

    expect(overlays.regionCode.value).toBe('SF')
    expect(overlays.editable.value).toBe(true)
  })

  it('tracks changes, discards them and refuses a row without a date before calling the server', async () => {
    const overlays = withOverlays({ admin: false, regionCode: 'SF-SFS-SFX' })
    await overlays.loadRegions()
    expect(overlays.dirty.value).toBe(false)

    overlays.addRow()
    expect(overlays.dirty.value).toBe(true)
    expect(await overlays.save()).toBe(false)
    expect(overlays.error.value).toBe('第 2 行（daysOff[1]）：请选择日期')
    expect(overlays.errorRow.value).toBe(1)
    expect(saveRegionOverlays).not.toHaveBeenCalled()

    overlays.discard()
    expect(overlays.dirty.value).toBe(false)
    expect(overlays.error.value).toBeNull()
  })

  it('saves trimmed names, empty ones as null, and remembers the timers moved', async () => {
    saveRegionOverlays.mockImplementation(async (code, body) => ({
      regionCode: code,
      regionName: '示范县',
      daysOff: body.daysOff,
      timersRecalculated: 2,
    }))
    const overlays = withOverlays({ admin: false, regionCode: 'SF-SFS-SFX' })
    await overlays.loadRegions()
    overlays.rows.value[0]!.name = '  县庆日 '
    overlays.addRow()
    overlays.rows.value[1]!.date = '2026-05-06'

    expect(await overlays.save()).toBe(true)
    expect(saveRegionOverlays).toHaveBeenCalledWith('SF-SFS-SFX', {
      daysOff: [
        { date: '2026-03-10', name: '县庆日' },
        { date: '2026-05-06', name: null },
      ],
    })
    expect(overlays.timersRecalculated.value).toBe(2)
    expect(overlays.dirty.value).toBe(false)
  })

  it("shows the server's refusal as it words it", async () => {
    saveRegionOverlays.mockRejectedValue(forbidden('您只能修改本地区（示范县，SF-SFS-SFX）及其下级地区的地方性假日'))
    const overlays = withOverlays({ admin: false, regionCode: 'SF-SFS-SFX' })
    await overlays.loadRegions()
    overlays.removeRow(0)

    expect(await overlays.save()).toBe(false)
    expect(overlays.error.value).toContain('只能修改本地区')
    expect(overlays.errorRow.value).toBeNull()
    expect(overlays.timersRecalculated.value).toBeNull()
  })
})
