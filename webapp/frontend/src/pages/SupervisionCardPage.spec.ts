import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { vLoading } from 'element-plus'
import type { CardDetail } from '@/api/supervisionCards'
import { createAppI18n } from '@/i18n'
import SupervisionCardPage from './SupervisionCardPage.vue'

vi.mock('@/api/supervisionCards', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/supervisionCards')>()),
  fetchCard: vi.fn(),
  confirmCard: vi.fn(),
  appealCard: vi.fn(),
  reviewCard: vi.fn(),
}))
vi.mock('element-plus', async (importOriginal) => ({
  ...(await importOriginal<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn() },
}))

const api = await import('@/api/supervisionCards')

let wrapper: VueWrapper | null = null

function aCard(status: string, actions: string[], answer: CardDetail['answer'] = null): CardDetail {
  return {
    card: {
      id: 7,
      cardNo: 'DB-2026-00007',
      caseNo: 'SFX-SCJGJ-2026-000123',
      department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
      bureau: { code: 'SFX-JCJ', name: '示范县监察局' },
      level: 'RED',
      kind: 'STATUTORY_LIMIT_EXCEEDED',
      status,
      deadline: '2026-12-14',
      escalated: false,
      outcome: null,
      openedAt: '2026-12-07T09:00:00',
      closedAt: null,
    },
    answer,
    explanation: null,
    rectification: null,
    appealReason: answer === 'APPEAL' ? '处于特殊程序' : null,
    rounds: 1,
    measures: [],
    currentStep: { key: 'AnswerCard', name: '确认整改或申诉', assignee: null, due: '2026-12-14T16:00:00Z' },
    actions,
    history: [{ id: 1, eventAt: '2026-12-07T09:00:00', kind: 'OPENED', actor: 'system', opinion: null, detail: null }],
    notices: [
      { id: 'n1', type: 'SUPERVISION_ORDER', title: '督办通知书', serialNo: '县监察局监督〔2026〕1号', sha256: 'ab', createdAt: '2026-12-07T09:00:00', download: '/api/supervision/cards/7/notices/n1/pdf' },
    ],
    escalatedFrom: null,
    escalatedTo: null,
  }
}

async function open(detail: CardDetail) {
  vi.mocked(api.fetchCard).mockResolvedValue(detail)
  const blank = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/supervision/cards', name: 'supervision-cards', component: blank },
      { path: '/supervision/cards/:id', name: 'supervision-card', component: SupervisionCardPage, props: true },
    ],
  })
  await router.push('/supervision/cards/7')
  await router.isReady()
  wrapper = mount(RouterView, {
    attachTo: document.body,
    global: { plugins: [router, createAppI18n('zh-CN')], directives: { loading: vLoading } },
  })
  await flushPromises()
}

describe('SupervisionCardPage', () => {
  beforeEach(() => vi.clearAllMocks())
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
  })

  it('shows the card, its notices and the department answer to its supervisor', async () => {
    await open(aCard('AWAITING_DEPARTMENT', ['CONFIRM', 'APPEAL']))
    expect(api.fetchCard).toHaveBeenCalledWith(7)
    expect(wrapper!.find('[data-test="card-title"]').text()).toBe('DB-2026-00007 · 红牌')
    expect(wrapper!.find('[data-test="card-status"]').text()).toBe('待责任单位答复')
    expect(wrapper!.find('[data-test="card-notices"]').text()).toContain('督办通知书')
    expect(wrapper!.find('[data-test="card-answer"]').exists()).toBe(true)
    expect(wrapper!.find('[data-test="card-review"]').exists()).toBe(false)
  })

  it('sends the confirmation the supervisor wrote', async () => {
    await open(aCard('AWAITING_DEPARTMENT', ['CONFIRM', 'APPEAL']))
    vi.mocked(api.confirmCard).mockResolvedValue(aCard('AWAITING_REVIEW', []))
    await wrapper!.find('[data-test="card-explanation"]').setValue('承办人请假')
    await wrapper!.find('[data-test="card-rectification"]').setValue('已办结')
    await wrapper!.find('[data-test="card-confirm"]').trigger('click')
    await flushPromises()
    expect(api.confirmCard).toHaveBeenCalledWith(7, '承办人请假', '已办结')
    expect(wrapper!.find('[data-test="card-status"]').text()).toBe('待监察复核')
    expect(wrapper!.find('[data-test="card-answer"]').exists()).toBe(false)
  })

  it('offers the bureau the decisions the server allows', async () => {
    await open(aCard('AWAITING_REVIEW', ['ACCEPT', 'REJECT_APPEAL', 'RESUPERVISE'], 'APPEAL'))
    const buttons = wrapper!.findAll('[data-test="card-review"] button').map((b) => b.text())
    expect(buttons).toEqual(['认可，办结', '驳回申诉，责令整改', '再监察'])
    vi.mocked(api.reviewCard).mockResolvedValue(aCard('AWAITING_DEPARTMENT', []))
    await wrapper!.find('[data-test="card-opinion"]').setValue('申诉不成立')
    await wrapper!.find('[data-test="card-REJECT_APPEAL"]').trigger('click')
    await flushPromises()
    expect(api.reviewCard).toHaveBeenCalledWith(7, { decision: 'REJECT_APPEAL', opinion: '申诉不成立', measures: [] })
  })

  it('links a red card to the yellow card whose lapse raised it', async () => {
    await open({ ...aCard('AWAITING_DEPARTMENT', []), escalatedFrom: { id: 5, cardNo: 'DB-2026-00005', level: 'YELLOW', status: 'AWAITING_REVIEW' } })
    const link = wrapper!.find('[data-test="card-escalated-from"]')
    expect(link.text()).toBe('DB-2026-00005 · 黄牌')
    expect(link.attributes('href')).toBe('/supervision/cards/5')
    expect(wrapper!.find('[data-test="card-escalated-to"]').exists()).toBe(false)
  })
})
