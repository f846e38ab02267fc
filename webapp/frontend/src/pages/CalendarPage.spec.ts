import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { AxiosError, AxiosHeaders } from 'axios'
import { createPinia, setActivePinia } from 'pinia'
import { createAppI18n } from '@/i18n'
import type { CalendarYear } from '@/api/calendar'
import { useSessionStore } from '@/stores/session'
import CalendarPage from './CalendarPage.vue'

vi.mock('@/api/calendar', () => ({
  fetchCalendarYear: vi.fn(),
  fetchCalendarYears: vi.fn(),
  saveCalendarYear: vi.fn(),
  fetchRegionOverlays: vi.fn(),
  saveRegionOverlays: vi.fn(),
}))
vi.mock('@/api/organisation', () => ({ fetchRegions: vi.fn() }))

/** Element Plus renders asynchronously; allow slow CI machines. */
const WAIT = { timeout: 5000 }

const api = await import('@/api/calendar')
const fetchYear = vi.mocked(api.fetchCalendarYear)
const fetchYears = vi.mocked(api.fetchCalendarYears)
const saveYear = vi.mocked(api.saveCalendarYear)
const fetchOverlays = vi.mocked(api.fetchRegionOverlays)
const saveOverlays = vi.mocked(api.saveRegionOverlays)
const { fetchRegions } = vi.mocked(await import('@/api/organisation'))

const REGIONS = [
  { code: 'SF', name: '示范省', level: 'province', parentCode: null },
  { code: 'SF-SFS', name: '示范市', level: 'city', parentCode: 'SF' },
  { code: 'SF-SFS-SFX', name: '示范县', level: 'county', parentCode: 'SF-SFS' },
]

function badRequest(status: number, message: string): AxiosError {
  const config = { headers: new AxiosHeaders() }
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, {
    status,
    statusText: '',
    headers: {},
    config,
    data: { error: status === 403 ? 'forbidden' : 'bad_request', message },
  })
}

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

async function mountPage(path = '/admin/calendar?year=2026', roles = ['reform-office']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().user = {
    username: 'reform',
    displayName: '李审改',
    department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
    section: null,
    region: { code: 'SF-SFS-SFX', name: '示范县', level: 'county' },
    roles,
  }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/admin/calendar', component: CalendarPage }],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(CalendarPage, {
    global: { plugins: [router, pinia, createAppI18n('zh-CN')] },
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
    fetchRegions.mockReset().mockResolvedValue(REGIONS)
    fetchOverlays.mockReset().mockImplementation(async (code) => ({
      regionCode: code,
      regionName: REGIONS.find((region) => region.code === code)!.name,
      daysOff: code === 'SF-SFS-SFX' ? [{ date: '2026-03-10', name: '县庆' }] : [],
    }))
    saveOverlays.mockReset()
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

  describe('regional days off', () => {
    const overlays = (wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper']) =>
      wrapper.find('[data-test="region-overlays"]')

    it("opens the reform office's own region with its days off and the rule they follow", async () => {
      const { wrapper } = await mountPage()

      expect(fetchOverlays).toHaveBeenCalledWith('SF-SFS-SFX')
      expect(overlays(wrapper).find('[data-test="region-overlays-hint"]').text()).toContain('及其下辖的全部地区')
      expect(overlays(wrapper).find<HTMLInputElement>('input[data-test="region-overlays-name-0"]').element.value).toBe('县庆')
      expect(overlays(wrapper).find('[data-test="region-overlays-readonly"]').exists()).toBe(false)
      wrapper.unmount()
    })

    it('offers the regions as a tree, province first, indented by level', async () => {
      const { wrapper } = await mountPage()

      await overlays(wrapper).find('[data-test="region-overlays-region"] .el-select__wrapper').trigger('click')
      await vi.waitFor(() => expect(document.querySelectorAll('[data-test^="region-overlays-option-"]')).toHaveLength(3), WAIT)
      const options = [...document.querySelectorAll<HTMLElement>('[data-test^="region-overlays-option-"]')]
      expect(options.map((option) => option.textContent?.replace(/\s+/g, ''))).toEqual(['示范省省', '示范市市', '示范县县'])
      expect(options.map((option) => option.querySelector('span')!.style.paddingLeft)).toEqual(['0px', '16px', '32px'])
      wrapper.unmount()
    })

    it('adds a named day, saves the region and tells how many timers moved', async () => {
      saveOverlays.mockResolvedValue({
        regionCode: 'SF-SFS-SFX',
        regionName: '示范县',
        daysOff: [
          { date: '2026-03-10', name: '县庆' },
          { date: '2026-05-06', name: '民族节日' },
        ],
        timersRecalculated: 4,
      })
      const { wrapper } = await mountPage()
      expect(overlays(wrapper).find('[data-test="region-overlays-save"]').attributes('disabled')).toBeDefined()

      await overlays(wrapper).find('[data-test="region-overlays-add"]').trigger('click')
      const pickers = wrapper.findAllComponents({ name: 'ElDatePicker' })
      pickers[1]!.vm.$emit('update:modelValue', '2026-05-06')
      await overlays(wrapper).find('input[data-test="region-overlays-name-1"]').setValue('民族节日')
      await overlays(wrapper).find('[data-test="region-overlays-save"]').trigger('click')
      await flushPromises()

      expect(saveOverlays).toHaveBeenCalledWith('SF-SFS-SFX', {
        daysOff: [
          { date: '2026-03-10', name: '县庆' },
          { date: '2026-05-06', name: '民族节日' },
        ],
      })
      expect(overlays(wrapper).find('[data-test="region-overlays-result"]').text()).toContain('重新计算了 4 个')
      wrapper.unmount()
    })

    it('removes a day and shows the server message naming the row it refuses', async () => {
      saveOverlays.mockRejectedValue(badRequest(400, 'daysOff[0].name：名称不能超过 100 个字符'))
      const { wrapper } = await mountPage()

      await overlays(wrapper).find('[data-test="region-overlays-add"]').trigger('click')
      wrapper.findAllComponents({ name: 'ElDatePicker' })[1]!.vm.$emit('update:modelValue', '2026-05-06')
      await overlays(wrapper).find('[data-test="region-overlays-remove-0"]').trigger('click')
      await overlays(wrapper).find('[data-test="region-overlays-save"]').trigger('click')
      await flushPromises()

      expect(saveOverlays).toHaveBeenCalledWith('SF-SFS-SFX', { daysOff: [{ date: '2026-05-06', name: null }] })
      expect(overlays(wrapper).find('[data-test="region-overlays-error"]').text()).toContain('名称不能超过')
      expect(overlays(wrapper).find('[data-test="region-overlays-row-0"]').classes()).toContain('region-overlays__row--error')
      wrapper.unmount()
    })

    it('keeps a province read-only for a county reform office but not for an administrator', async () => {
      const reform = await mountPage()
      await reform.wrapper.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'SF')
      await flushPromises()
      expect(fetchOverlays).toHaveBeenLastCalledWith('SF')
      expect(overlays(reform.wrapper).find('[data-test="region-overlays-readonly"]').text()).toContain('示范省')
      expect(overlays(reform.wrapper).find('[data-test="region-overlays-add"]').attributes('disabled')).toBeDefined()
      reform.wrapper.unmount()

      const admin = await mountPage('/admin/calendar?year=2026', ['admin'])
      await admin.wrapper.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'SF')
      await flushPromises()
      expect(overlays(admin.wrapper).find('[data-test="region-overlays-readonly"]').exists()).toBe(false)
      expect(overlays(admin.wrapper).find('[data-test="region-overlays-add"]').attributes('disabled')).toBeUndefined()
      admin.wrapper.unmount()
    })
  })
})
