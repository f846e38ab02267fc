import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { AxiosError, AxiosHeaders } from 'axios'
import { createAppI18n } from '@/i18n'
import type { CalendarYear } from '@/api/calendar'
import { useCalendarYear } from './useCalendarYear'

vi.mock('@/api/calendar', () => ({
  fetchCalendarYear: vi.fn(),
  fetchCalendarYears: vi.fn(),
  saveCalendarYear: vi.fn(),
}))
vi.mock('element-plus', () => ({ ElMessage: { success: vi.fn(), error: vi.fn() } }))

const api = await import('@/api/calendar')
const fetchYear = vi.mocked(api.fetchCalendarYear)
const fetchYears = vi.mocked(api.fetchCalendarYears)
const saveYear = vi.mocked(api.saveCalendarYear)

const Y2026: CalendarYear = {
  year: 2026,
  provisional: false,
  daysOff: [{ date: '2026-10-01', name: '国庆节' }],
  makeUpWorkdays: [{ date: '2026-10-10', name: '国庆节调休上班' }],
  updatedAt: '2026-11-22T00:00:00+08:00',
  updatedBy: 'system',
}

const Y2027: CalendarYear = {
  year: 2027,
  provisional: true,
  daysOff: [],
  makeUpWorkdays: [],
  updatedAt: null,
  updatedBy: null,
}

function badRequest(message: string): AxiosError {
  const config = { headers: new AxiosHeaders() }
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, {
    status: 400,
    statusText: '',
    headers: {},
    config,
    data: { error: 'bad_request', message },
  })
}

function withCalendar(year: number) {
  let calendar!: ReturnType<typeof useCalendarYear>
  const Harness = defineComponent({
    setup() {
      calendar = useCalendarYear(year)
      return () => null
    },
  })
  mount(Harness, { global: { plugins: [createAppI18n('zh-CN')] } })
  return calendar
}

describe('useCalendarYear', () => {
  beforeEach(() => {
    fetchYear.mockReset()
    fetchYears.mockReset().mockResolvedValue([])
    saveYear.mockReset()
  })

  it('loads a year into an editable copy that is not dirty', async () => {
    fetchYear.mockResolvedValue(Y2026)
    const calendar = withCalendar(2026)

    await calendar.load()

    expect(calendar.special.value.get('2026-10-01')).toEqual({ kind: 'dayOff', name: '国庆节' })
    expect(calendar.scheduled.value).toBe(true)
    expect(calendar.dirty.value).toBe(false)
    expect(calendar.counts.value).toEqual({ daysOff: 1, makeUp: 1 })
  })

  it('cycles a clicked day and keeps its name', async () => {
    fetchYear.mockResolvedValue(Y2026)
    const calendar = withCalendar(2026)
    await calendar.load()

    calendar.cycle('2026-10-01')
    expect(calendar.special.value.get('2026-10-01')).toEqual({ kind: 'makeUp', name: '国庆节' })
    expect(calendar.selected.value).toBe('2026-10-01')
    expect(calendar.dirty.value).toBe(true)
    calendar.cycle('2026-10-01')
    expect(calendar.special.value.has('2026-10-01')).toBe(false)
    calendar.cycle('2026-10-01')
    calendar.setName('2026-10-01', '国庆节')
    expect(calendar.dirty.value).toBe(false)
  })

  it('saves the edited days and shows what the server answered', async () => {
    fetchYear.mockResolvedValue(Y2027)
    const calendar = withCalendar(2027)
    await calendar.load()
    expect(calendar.scheduled.value).toBe(false)
    calendar.cycle('2027-01-01')
    calendar.setName('2027-01-01', '元旦')
    saveYear.mockResolvedValue({ ...Y2027, provisional: false, daysOff: [{ date: '2027-01-01', name: '元旦' }], updatedAt: 'x', updatedBy: 'reform', timersRecalculated: 2 })

    expect(await calendar.save()).toBe(true)

    expect(saveYear).toHaveBeenCalledWith(2027, {
      daysOff: [{ date: '2027-01-01', name: '元旦' }],
      makeUpWorkdays: [],
      provisional: false,
    })
    expect(calendar.scheduled.value).toBe(true)
    expect(calendar.dirty.value).toBe(false)
    expect(fetchYears).toHaveBeenCalled()
  })

  it('keeps the edits and shows the server message when saving fails', async () => {
    fetchYear.mockResolvedValue(Y2026)
    const calendar = withCalendar(2026)
    await calendar.load()
    calendar.cycle('2026-03-02')
    saveYear.mockRejectedValue(badRequest('daysOff[1]：日期 2027-01-01 不在 2026 年内'))

    expect(await calendar.save()).toBe(false)

    expect(calendar.error.value).toBe('daysOff[1]：日期 2027-01-01 不在 2026 年内')
    expect(calendar.special.value.has('2026-03-02')).toBe(true)
  })

  it('imports pasted JSON as it is and reports text that is not JSON', async () => {
    fetchYear.mockResolvedValue(Y2027)
    const calendar = withCalendar(2027)
    await calendar.load()

    expect(await calendar.importText('{"daysOff": [')).toBe(false)
    expect(calendar.error.value).toContain('不是有效的 JSON')
    expect(saveYear).not.toHaveBeenCalled()

    saveYear.mockRejectedValueOnce(badRequest('未知字段“dayOff”'))
    expect(await calendar.importText('{"dayOff": []}')).toBe(false)
    expect(saveYear).toHaveBeenCalledWith(2027, { dayOff: [] })
    expect(calendar.error.value).toBe('未知字段“dayOff”')

    saveYear.mockResolvedValueOnce({ ...Y2026, year: 2027 })
    expect(await calendar.importText('{"daysOff": ["2027-10-01"], "makeUpWorkdays": []}')).toBe(true)
    expect(calendar.error.value).toBeNull()
    await flushPromises()
  })

  it('exports the edited schedule as the JSON an import takes', async () => {
    fetchYear.mockResolvedValue(Y2026)
    const calendar = withCalendar(2026)
    await calendar.load()

    expect(JSON.parse(calendar.exportText())).toEqual({
      daysOff: [{ date: '2026-10-01', name: '国庆节' }],
      makeUpWorkdays: [{ date: '2026-10-10', name: '国庆节调休上班' }],
      provisional: false,
    })
  })

  it('discards edits', async () => {
    fetchYear.mockResolvedValue(Y2026)
    const calendar = withCalendar(2026)
    await calendar.load()
    calendar.cycle('2026-03-02')

    calendar.discard()

    expect(calendar.dirty.value).toBe(false)
    expect(calendar.selected.value).toBeNull()
  })
})
