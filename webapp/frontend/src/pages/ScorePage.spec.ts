import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { createPinia } from 'pinia'
import { createAppI18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { aDepartmentScore } from '@/testing/scoreFixtures'
import ScorePage from './ScorePage.vue'

// ECharts draws on a canvas, which jsdom has not: the charts are stubbed.
vi.mock('@/components/ScorePageOnTimeChart.vue', () => ({ default: { render: () => null } }))
vi.mock('@/components/ScorePageTrendChart.vue', () => ({ default: { render: () => null } }))

let wrapper: VueWrapper | null = null

let availability = { period: '2026-03', region: 'SF-SFS-SFX', mayIssue: true, latestSerialNo: null as string | null, latestIssuedAt: null as string | null }

const failing = aDepartmentScore()
const unscored = aDepartmentScore({
  department: { code: 'SFX-ZJJ', name: '示范县住房和城乡建设局' },
  completed: 0,
  score: null,
  grade: null,
  rank: null,
})

async function open(roles: string[]) {
  const pinia = createPinia()
  useSessionStore(pinia).user = { username: 'u', displayName: '用户', department: { code: 'SFX-JCJ', name: '示范县监察局' }, section: null, region: null, roles }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/supervision/scores', component: ScorePage },
      { path: '/work/cases', component: { render: () => null } },
    ],
  })
  await router.push('/supervision/scores')
  await router.isReady()
  wrapper = mount(RouterView, { global: { plugins: [router, pinia, createAppI18n('zh-CN')] } })
  await flushPromises()
}

describe('ScorePage', () => {
  beforeEach(() => {
    fakeAdapter((call) => {
      if (call.url === '/api/scores') return { status: 200, body: [failing, unscored] }
      if (call.url === '/api/scores/bulletin/availability') return { status: 200, body: availability }
      if (call.url === '/api/scores/weights') return { status: 200, body: { ON_TIME: 40, EARLY: 10, SPEED_UP: 10, CARDS: 20, SATISFACTION: 15, COMPLAINTS: 5 } }
      return { status: 200, body: [] }
    })
  })
  afterEach(() => wrapper?.unmount())

  it('ranks the departments with grade tags, links to their cases and offers the bureau the bulletin and weights', async () => {
    await open(['bureau-supervisor'])
    const text = wrapper!.find('[data-test="score-ranking"]').text()
    expect(text).toContain('示范县市场监督管理局')
    expect(text).toContain('47.1')
    expect(text).toContain('50.0%')
    expect(wrapper!.findAll('[data-test="score-grade"]').map((tag) => tag.text())).toEqual(['不合格', '未考评'])
    expect(wrapper!.find('a[href="/work/cases?department=SFX-SCJGJ"]').exists()).toBe(true)
    expect(wrapper!.find('[data-test="score-bulletin"]').attributes('href')).toMatch(/^\/api\/scores\/bulletin\?period=\d{4}-\d{2}$/)
    expect(wrapper!.find('[data-test="score-weights"]').exists()).toBe(true)
  })

  it('tells an auditor that the period has no bulletin yet instead of linking to a 404, and links to it once issued', async () => {
    availability = { ...availability, mayIssue: false, latestSerialNo: null }
    await open(['auditor'])
    expect(wrapper!.find('[data-test="score-bulletin"]').exists()).toBe(false)
    expect(wrapper!.find('[data-test="score-bulletin-none"]').text()).toBe('本期通报尚未由监察局发布')
    wrapper!.unmount()
    availability = { ...availability, latestSerialNo: '示监效通〔2026〕3号', latestIssuedAt: '2026-04-01T02:00:00Z' }
    await open(['auditor'])
    expect(wrapper!.find('[data-test="score-bulletin"]').attributes('title')).toBe('示监效通〔2026〕3号')
    expect(wrapper!.find('[data-test="score-bulletin-none"]').exists()).toBe(false)
    availability = { ...availability, mayIssue: true, latestSerialNo: null, latestIssuedAt: null }
  })

  it('shows a department supervisor neither the bulletin nor the weights editor', async () => {
    await open(['dept-supervisor'])
    expect(wrapper!.find('[data-test="score-ranking"]').text()).toContain('示范县市场监督管理局')
    expect(wrapper!.find('[data-test="score-bulletin"]').exists()).toBe(false)
    expect(wrapper!.find('[data-test="score-weights"]').exists()).toBe(false)
  })
})
