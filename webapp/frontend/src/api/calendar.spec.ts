import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('./http', () => ({ http: { get: vi.fn(), put: vi.fn() } }))

const { http } = await import('./http')
const { fetchCalendarYear, fetchCalendarYears, saveCalendarYear } = await import('./calendar')
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
})
