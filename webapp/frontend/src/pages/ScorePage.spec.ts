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

  it('shows a department supervisor neither the bulletin nor the weights editor', async () => {
    await open(['dept-supervisor'])
    expect(wrapper!.find('[data-test="score-ranking"]').text()).toContain('示范县市场监督管理局')
    expect(wrapper!.find('[data-test="score-bulletin"]').exists()).toBe(false)
    expect(wrapper!.find('[data-test="score-weights"]').exists()).toBe(false)
  })
})
