import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { AxiosError, AxiosHeaders } from 'axios'
import { createPinia, setActivePinia } from 'pinia'
import { vLoading } from 'element-plus'
import type { CatalogItem } from '@/api/catalog'
import type { CurrentUser } from '@/api/types'
import { createAppI18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import GuideItemPage from './GuideItemPage.vue'

vi.mock('@/api/catalog', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/catalog')>()),
  fetchItem: vi.fn(),
}))

const { fetchItem } = await import('@/api/catalog')

const registration: CatalogItem = {
  code: 'SFX-SCJGJ-DJ-0001',
  name: '企业设立登记',
  kind: 'CONFIRMATION',
  department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
  parentCode: null,
  subItems: [
    { code: 'SFX-SCJGJ-DJ-0001-01', name: '有限责任公司设立登记', status: 'PUBLISHED' },
    { code: 'SFX-SCJGJ-DJ-0001-02', name: '合伙企业设立登记', status: 'DRAFT' },
  ],
  version: 2,
  status: 'PUBLISHED',
  elements: { acceptingBody: '示范县政务服务中心 3 号窗口' },
  statutoryLimit: { value: 15, unit: 'WORKING_DAYS' },
  promisedLimit: { value: 0, unit: 'WORKING_DAYS' },
  onTheSpot: true,
  parallelApproval: true,
  applicantTypes: ['ENTERPRISE'],
  approvingLeaderRole: null,
  reviewingSection: null,
  handlers: null,
  steps: [],
  fees: [],
  materials: [],
  processKey: null,
  processParameters: null,
  publishedAt: '2026-03-01T02:00:00Z',
}

let wrapper: VueWrapper | null = null

async function open(code: string, user: CurrentUser | null = null) {
  const pinia = createPinia()
  setActivePinia(pinia)
  if (user) useSessionStore().user = user
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/guide', name: 'guide', component: { render: () => null } },
      { path: '/guide/items/:code', name: 'guide-item', component: GuideItemPage, props: true },
      { path: '/apply/:code', name: 'apply', component: { render: () => null } },
    ],
  })
  await router.push(`/guide/items/${code}`)
  await router.isReady()
  wrapper = mount(RouterView, {
    global: { plugins: [router, pinia, createAppI18n('zh-CN')], directives: { loading: vLoading } },
  })
  await flushPromises()
  return { router }
}

describe('GuideItemPage', () => {
  beforeEach(() => {
    vi.mocked(fetchItem).mockReset()
  })
  afterEach(() => {
    wrapper?.unmount()
  })

  it('shows the published item with its tags, where to apply and only published sub-items', async () => {
    vi.mocked(fetchItem).mockResolvedValue(registration)
    await open('SFX-SCJGJ-DJ-0001')
    expect(fetchItem).toHaveBeenCalledWith('SFX-SCJGJ-DJ-0001')
    expect(wrapper!.find('[data-test="item-title"]').text()).toBe('企业设立登记')
    expect(wrapper!.find('[data-test="item-kind"]').text()).toBe('行政确认')
    expect(wrapper!.find('[data-test="tag-on-the-spot"]').text()).toBe('即办件')
    expect(wrapper!.find('[data-test="tag-parallel"]').text()).toBe('并联审批')
    expect(wrapper!.find('[data-test="item-promised"]').text()).toBe('即办')
    expect(wrapper!.find('[data-test="item-fee-summary"]').text()).toBe('不收费')
    expect(wrapper!.find('[data-test="item-where"]').text()).toContain('示范县政务服务中心 3 号窗口')
    expect(wrapper!.text()).toContain('发布于 2026-03-01')
    const subs = wrapper!.findAll('[data-test="guide-sub-item"]')
    expect(subs.map((sub) => sub.find('a').text())).toEqual(['有限责任公司设立登记'])
    expect(subs[0]?.find('a').attributes('href')).toBe('/guide/items/SFX-SCJGJ-DJ-0001-01')
    expect(document.title).toBe('企业设立登记 - 办事指南')
  })

  it('offers the online application to visitors and applicants, not to staff', async () => {
    vi.mocked(fetchItem).mockResolvedValue(registration)
    await open('SFX-SCJGJ-DJ-0001')
    expect(wrapper!.find('[data-test="guide-apply"]').attributes('href')).toBe('/apply/SFX-SCJGJ-DJ-0001')
    expect(wrapper!.find('[data-test="guide-apply"]').text()).toBe('在线申请')
    wrapper!.unmount()
    const person = { username: 'applicant', displayName: '张三', department: null, section: null, region: null }
    await open('SFX-SCJGJ-DJ-0001', { ...person, roles: ['applicant'] })
    expect(wrapper!.find('[data-test="guide-apply"]').exists()).toBe(true)
    wrapper!.unmount()
    await open('SFX-SCJGJ-DJ-0001', { ...person, username: 'clerk', roles: ['clerk'] })
    expect(wrapper!.find('[data-test="guide-apply"]').exists()).toBe(false)
  })

  it('says so when the item does not exist or is not published', async () => {
    const config = { headers: new AxiosHeaders() }
    vi.mocked(fetchItem).mockRejectedValue(
      new AxiosError('x', 'ERR', config, null, { status: 404, statusText: '', headers: {}, config, data: { error: 'not_found' } }),
    )
    await open('NOPE')
    expect(wrapper!.find('[data-test="guide-not-found"]').text()).toContain('该事项不存在或尚未发布')
    expect(wrapper!.find('[data-test="item-title"]').exists()).toBe(false)
  })

  it('loads the next item when the address changes', async () => {
    vi.mocked(fetchItem).mockResolvedValue(registration)
    const { router } = await open('SFX-SCJGJ-DJ-0001')
    vi.mocked(fetchItem).mockResolvedValue({ ...registration, code: 'SFX-SCJGJ-DJ-0001-01', name: '有限责任公司设立登记', subItems: [] })
    await router.push('/guide/items/SFX-SCJGJ-DJ-0001-01')
    await flushPromises()
    expect(wrapper!.find('[data-test="item-title"]').text()).toBe('有限责任公司设立登记')
  })
})
