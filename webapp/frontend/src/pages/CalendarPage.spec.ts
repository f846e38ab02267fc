import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { AxiosError, AxiosHeaders } from 'axios'
import { createAppI18n } from '@/i18n'
import type { CalendarYear } from '@/api/calendar'
import CalendarPage from './CalendarPage.vue'

vi.mock('@/api/calendar', () => ({
  fetchCalendarYear: vi.fn(),
  fetchCalendarYears: vi.fn(),
  saveCalendarYear: vi.fn(),
}))

/** Element Plus renders asynchronously; allow slow CI machines. */
const WAIT = { timeout: 5000 }

const api = await import('@/api/calendar')
const fetchYear = vi.mocked(api.fetchCalendarYear)
const fetchYears = vi.mocked(api.fetchCalendarYears)
const saveYear = vi.mocked(api.saveCalendarYear)

function year(value: number, loaded: boolean): CalendarYear {
  return {
    year: value,
    provisional: !loaded,
    daysOff: loaded ? [{ date: `${value}-10-01`, name: '国庆节' }] : [],
    makeUpWorkdays: loaded ? [{ date: `${value}-10-10`, name: '国庆节调休上班' }] : [],
    updatedAt: loaded ? '2026-11-22T00:00:00+08:00' : null,
    updatedBy: loaded ? 'system' : null,
  }
}

async function mountPage(path = '/admin/calendar?year=2026') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/admin/calendar', component: CalendarPage }],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(CalendarPage, {
    global: { plugins: [router, createAppI18n('zh-CN')] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

const day = (wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], date: string) =>
  wrapper.find(`[data-test="calendar-day-${date}"]`)

describe('CalendarPage', () => {
  beforeEach(() => {
    fetchYear.mockReset().mockImplementation(async (value) => year(value, value <= 2026))
    fetchYears.mockReset().mockResolvedValue([
      { year: 2025, provisional: false, daysOff: 28, makeUpWorkdays: 5, updatedAt: null, updatedBy: 'system' },
      { year: 2026, provisional: false, daysOff: 33, makeUpWorkdays: 6, updatedAt: null, updatedBy: 'system' },
    ])
    saveYear.mockReset()
    document.body.innerHTML = ''
  })

  it('shows the year of the route as twelve months with days off and make-up days marked', async () => {
    const { wrapper } = await mountPage()

    expect(fetchYear).toHaveBeenCalledWith(2026)
    expect(wrapper.findAll('[data-test^="calendar-month-"]')).toHaveLength(12)
    expect(day(wrapper, '2026-10-01').attributes('data-status')).toBe('dayOff')
    expect(day(wrapper, '2026-10-10').attributes('data-status')).toBe('makeUp')
    expect(day(wrapper, '2026-10-11').attributes('data-status')).toBe('weekend')
    expect(day(wrapper, '2026-10-12').attributes('data-status')).toBe('workday')
    expect(wrapper.find('[data-test="calendar-status"]').text()).toBe('已加载正式安排')
    expect(wrapper.find('[data-test="calendar-loaded-years"]').text()).toContain('2025')
    expect(wrapper.find('[data-test="calendar-provisional-hint"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('labels a year without schedule as provisional', async () => {
    const { wrapper } = await mountPage('/admin/calendar?year=2027')

    expect(wrapper.find('[data-test="calendar-status"]').text()).toContain('临时')
    expect(wrapper.find('[data-test="calendar-provisional-hint"]').text()).toContain('2027 年尚未加载')
    wrapper.unmount()
  })

  it('cycles a clicked day, names it and saves the year', async () => {
    const { wrapper } = await mountPage()
    expect(wrapper.find('[data-test="calendar-save"]').attributes('disabled')).toBeDefined()

    await day(wrapper, '2026-03-02').trigger('click')
    expect(day(wrapper, '2026-03-02').attributes('data-status')).toBe('dayOff')
    await wrapper.find('input[data-test="calendar-day-name"]').setValue('县庆')
    await day(wrapper, '2026-03-07').trigger('click')
    await day(wrapper, '2026-03-07').trigger('click')
    expect(day(wrapper, '2026-03-07').attributes('data-status')).toBe('makeUp')
    saveYear.mockResolvedValue({ ...year(2026, true), timersRecalculated: 1 })
    await wrapper.find('[data-test="calendar-save"]').trigger('click')
    await flushPromises()

    expect(saveYear).toHaveBeenCalledWith(2026, {
      daysOff: [
        { date: '2026-03-02', name: '县庆' },
        { date: '2026-10-01', name: '国庆节' },
      ],
      makeUpWorkdays: [
        { date: '2026-03-07', name: null },
        { date: '2026-10-10', name: '国庆节调休上班' },
      ],
      provisional: false,
    })
    wrapper.unmount()
  })

  it('shows the server message when an import is rejected', async () => {
    const config = { headers: new AxiosHeaders() }
    saveYear.mockRejectedValue(
      new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, {
        status: 400,
        statusText: '',
        headers: {},
        config,
        data: { error: 'bad_request', message: '日期 2026-10-01 不能既是放假日（daysOff[0]）又是调休上班日（makeUpWorkdays[0]）' },
      }),
    )
    const { wrapper } = await mountPage()

    await wrapper.find('[data-test="calendar-import"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('textarea[data-test="calendar-import-text"]')).not.toBeNull(), WAIT)
    const textarea = document.querySelector<HTMLTextAreaElement>('textarea[data-test="calendar-import-text"]')!
    textarea.value = '{"daysOff": ["2026-10-01"], "makeUpWorkdays": ["2026-10-01"]}'
    textarea.dispatchEvent(new Event('input'))
    document.querySelector<HTMLButtonElement>('[data-test="calendar-import-submit"]')!.click()

    await vi.waitFor(() => {
      expect(document.querySelector('[data-test="calendar-import-error"]')?.textContent).toContain('不能既是放假日')
    }, WAIT)
    expect(saveYear).toHaveBeenCalledWith(2026, { daysOff: ['2026-10-01'], makeUpWorkdays: ['2026-10-01'] })
    wrapper.unmount()
  })
})
