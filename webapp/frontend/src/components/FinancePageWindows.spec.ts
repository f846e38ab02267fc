import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import type { FeeTaker, WindowOverview } from '@/api/fees'
import { windowProblems, type WindowForm } from '@/composables/useFinanceDesk'
import { centralWindow, demoCashier } from '@/testing/feeFixtures'
import FinancePageWindows from './FinancePageWindows.vue'

vi.mock('@/api/organisation', () => ({
  fetchDepartments: vi.fn().mockResolvedValue([
    { code: 'SFX-ZWFW', name: '示范县政务服务中心', shortName: null, regionCode: 'SF-SFS-SFX', kind: 'service-centre' },
  ]),
}))

const takers: FeeTaker[] = [demoCashier, { username: 'clerk', displayName: '王窗口', departmentCode: 'SFX-SCJGJ', windowCode: null }]
const WAIT = { timeout: 5000 }
const second: WindowOverview = { ...centralWindow, code: 'ZWFW-02', name: '集中收费窗口（1 楼 2 号）', staff: [], booksInUse: 0 }
let wrapper: VueWrapper | null = null

async function shown(openWindow = vi.fn(async (form: WindowForm) => Object.keys(windowProblems(form)).length === 0)) {
  const assign = vi.fn().mockResolvedValue(true)
  wrapper = mount(FinancePageWindows, {
    props: { windows: [centralWindow, second], feeTakers: takers, busy: false, openWindow, assign, unassign: vi.fn() },
    global: { plugins: [createAppI18n('zh-CN')] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, openWindow, assign }
}

describe('FinancePageWindows', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
  })

  it('lists each window with its department by name, its staff and its books in use', async () => {
    const { wrapper } = await shown()
    const table = wrapper.get('[data-test="finance-windows"]').text()
    expect(table).toContain('集中收费窗口（1 楼 1 号）')
    expect(table).toContain('示范县政务服务中心')
    expect(wrapper.get('[data-test="finance-window-staff-ZWFW-01"]').text()).toContain('钱收费（cashier）')
  })

  it('says what is missing once the form is sent, and empties it once the window is open', async () => {
    const { wrapper, openWindow } = await shown()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() => expect(wrapper.text()).toContain('请填写窗口编码'), WAIT)
    expect(wrapper.text()).toContain('请填写窗口名称')

    await wrapper.get('input[data-test="finance-window-code"]').setValue('zwfw-02')
    await wrapper.get('input[data-test="finance-window-name"]').setValue('二楼收费窗口')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(openWindow).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'ZWFW-02', name: '二楼收费窗口' }))
    expect(wrapper.get<HTMLInputElement>('input[data-test="finance-window-code"]').element.value).toBe('')
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('请填写窗口编码'), WAIT)
  })

  it('puts someone at a window, warning when it takes them off another', async () => {
    const { wrapper, assign } = await shown()
    await wrapper.get('[data-test="finance-window-assign-ZWFW-02"]').trigger('click')
    await flushPromises()
    document.querySelector<HTMLElement>('[data-test="finance-window-person"]')!.click()
    await flushPromises()
    const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((item) =>
      item.textContent?.includes('钱收费（cashier）'),
    )!
    option.click()
    await flushPromises()
    expect(document.body.textContent).toContain('钱收费（cashier） 现在分配在窗口 ZWFW-01，确定后将从该窗口移出')
    document.querySelector<HTMLButtonElement>('[data-test="finance-window-assign-confirm"]')!.click()
    await flushPromises()
    expect(assign).toHaveBeenCalledWith('ZWFW-02', 'cashier')
  })
})
