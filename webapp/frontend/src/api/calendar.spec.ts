import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('./http', () => ({ http: { get: vi.fn(), put: vi.fn() } }))

const { http } = await import('./http')
const { fetchCalendarYear, fetchCalendarYears, fetchRegionOverlays, saveCalendarYear, saveRegionOverlays } = await import(
  './calendar'
)
const get = vi.mocked(http.get)
const put = vi.mocked(http.put)

describe('calendar API client', () => {
  beforeEach(() => {
    get.mockReset()
    put.mockReset()
  })

  it('reads the list of years and one year', async () => {
    get.mockResolvedValueOnce({ data: [{ year: 2026 }] }).mockResolvedValueOnce({ data: { year: 2027 } })

    expect(await fetchCalendarYears()).toEqual([{ year: 2026 }])
    expect(await fetchCalendarYear(2027)).toEqual({ year: 2027 })
    expect(get.mock.calls.map((call) => call[0])).toEqual(['/api/calendar/years', '/api/calendar/years/2027'])
  })

  it('puts a schedule exactly as given', async () => {
    const pasted = { daysOff: ['2030-01-01'], makeUpWorkdays: [], extra: 1 }
    put.mockResolvedValue({ data: { year: 2030, timersRecalculated: 3 } })

    expect(await saveCalendarYear(2030, pasted)).toEqual({ year: 2030, timersRecalculated: 3 })
    expect(put).toHaveBeenCalledWith('/api/calendar/years/2030', pasted)
  })

  it('reads and replaces the overlays of a region, handling a 403 itself', async () => {
    const overlays = { regionCode: 'SF-SFS-SFX', regionName: '示范县', daysOff: [{ date: '2026-03-10', name: '县庆' }] }
    get.mockResolvedValue({ data: overlays })
    put.mockResolvedValue({ data: { ...overlays, timersRecalculated: 2 } })

    expect(await fetchRegionOverlays('SF-SFS-SFX')).toEqual(overlays)
    expect(await saveRegionOverlays('SF-SFS-SFX', { daysOff: overlays.daysOff })).toEqual({
      ...overlays,
      timersRecalculated: 2,
    })
    expect(get).toHaveBeenCalledWith('/api/calendar/regions/SF-SFS-SFX/overlays')
    expect(put).toHaveBeenCalledWith(
      '/api/calendar/regions/SF-SFS-SFX/overlays',
      { daysOff: overlays.daysOff },
      { skipErrorRedirect: true },
    )
  })
})
