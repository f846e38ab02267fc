import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createAppI18n } from '@/i18n'
import { answerPreservation, decidePreservation, requestPreservation, type EvidencePreservation, type PenaltyDetail } from '@/api/penalty'
import { useSessionStore } from '@/stores/session'
import PenaltyCasePreservations from './PenaltyCasePreservations.vue'

vi.mock('@/api/penalty', async (original) => ({
  ...(await original<typeof import('@/api/penalty')>()),
  requestPreservation: vi.fn().mockResolvedValue(undefined),
  answerPreservation: vi.fn().mockResolvedValue(undefined),
  decidePreservation: vi.fn().mockResolvedValue(undefined),
}))

const requested: EvidencePreservation = {
  id: 'p1',
  items: '超过保质期的牛奶 12 盒\n进货单据 1 份',
  reason: '当事人可能转移涉案食品',
  requestedBy: 'officer',
  requestedAt: '2027-03-01T10:00:00',
  approvedBy: null,
  approvalOpinion: null,
  status: 'REQUESTED',
  decisionKind: null,
  decisionNote: null,
  decidedBy: null,
  dueDate: null,
  overdue: false,
}

function detail(preservations: EvidencePreservation[]): PenaltyDetail {
  return {
    file: { caseNo: 'CF-1', stage: 'INVESTIGATION', openedAt: '2027-03-01T09:30:00' },
    officers: [{ username: 'officer', displayName: '林执法', certificateNo: '35012024000101' }],
    preservations,
  } as unknown as PenaltyDetail
}

let wrapper: VueWrapper | null = null

/** Mounts the section as a user; each action it emits is run, as the page does. */
async function shown(username: string, role: string, preservations: EvidencePreservation[]) {
  const pinia = createPinia()
  useSessionStore(pinia).user = { username, displayName: username, department: null, section: null, region: null, roles: [role] }
  wrapper = mount(PenaltyCasePreservations, {
    props: { detail: detail(preservations), busy: false, onAct: (action: () => Promise<unknown>) => void action() },
    global: { plugins: [pinia, createAppI18n('zh-CN')] },
  })
  await flushPromises()
  return wrapper
}

describe('PenaltyCasePreservations', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
    vi.clearAllMocks()
  })

  it('lets an officer on the case ask to preserve items, one per line', async () => {
    const shownTo = await shown('officer', 'penalty-officer', [])
    await shownTo.get('textarea[data-test="penalty-preservation-items"]').setValue('牛奶 12 盒')
    await shownTo.get('input[data-test="penalty-preservation-reason"]').setValue('可能转移')
    await shownTo.get('[data-test="penalty-preservation-request"]').trigger('click')
    expect(requestPreservation).toHaveBeenCalledWith('CF-1', '牛奶 12 盒', '可能转移')
  })

  it('gives the leader approve and refuse on a request, and nothing to ask', async () => {
    const shownTo = await shown('leader', 'leader', [requested])
    expect(shownTo.text()).toContain('待负责人批准')
    expect(shownTo.findAll('li').map((item) => item.text())).toEqual(['超过保质期的牛奶 12 盒', '进货单据 1 份'])
    expect(shownTo.find('[data-test="penalty-preservation-request"]').exists()).toBe(false)
    await shownTo.get('input[data-test="penalty-preservation-opinion"]').setValue('已查封，无须保存')
    await shownTo.get('[data-test="penalty-preservation-refuse"]').trigger('click')
    expect(answerPreservation).toHaveBeenCalledWith('CF-1', 'p1', false, '已查封，无须保存')
  })

  it('shows the due date, flags it late, and lets the officer decide', async () => {
    const shownTo = await shown('officer', 'penalty-officer', [{ ...requested, status: 'PRESERVED', dueDate: '2027-03-10', overdue: true }])
    expect(shownTo.text()).toContain('2027-03-10')
    expect(shownTo.text()).toContain('逾期未处理')
    await shownTo.get('input[data-test="penalty-preservation-note"]').setValue('退还当事人')
    await shownTo.get('[data-test="penalty-preservation-decide"]').trigger('click')
    expect(decidePreservation).toHaveBeenCalledWith('CF-1', 'p1', 'RETURN', '退还当事人')
  })
})
