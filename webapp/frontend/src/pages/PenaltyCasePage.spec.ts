import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type { TimelineEntry } from '@/api/cases'
import { penaltyCase, type PenaltyDetail } from '@/api/penalty'
import { createAppI18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import PenaltyCasePage from './PenaltyCasePage.vue'

vi.mock('@/api/penalty', async (original) => ({
  ...(await original<typeof import('@/api/penalty')>()),
  penaltyCase: vi.fn(),
}))

function entry(at: string, kind: string, actor: string, actorName: string | null, detail: string | null): TimelineEntry {
  return { at, kind, actor, actorName, step: null, outcome: null, opinion: null, detail, anomaly: false }
}

/** Oldest first, as GET /api/penalty/cases/{caseNo} answers. */
const timeline: TimelineEntry[] = [
  entry('2027-03-01T09:00:00+08:00', 'FILED', 'officer', '林执法', '案源登记，报请立案'),
  entry('2027-03-01T10:00:00+08:00', 'OPENED', 'head', '钱科长', null),
  entry('2027-03-01T11:00:00+08:00', 'EVIDENCE_RECORDED', 'officer', '林执法', 'INSPECTION'),
]

function detail(entries: TimelineEntry[]): PenaltyDetail {
  return {
    file: { caseNo: 'CF-1', stage: 'INVESTIGATION' },
    openSteps: ['Investigate'],
    preservations: [],
    timeline: entries,
  } as unknown as PenaltyDetail
}

let wrapper: VueWrapper | null = null

/** The page as the leader sees it, with the sections beside the timeline stubbed. */
async function shown(entries: TimelineEntry[]) {
  vi.mocked(penaltyCase).mockResolvedValue(detail(entries))
  const pinia = createPinia()
  useSessionStore(pinia).user = { username: 'leader', displayName: '郑局长', department: null, section: null, region: null, roles: ['leader'] }
  wrapper = mount(PenaltyCasePage, {
    props: { caseNo: 'CF-1' },
    global: {
      plugins: [pinia, createAppI18n('zh-CN')],
      stubs: { PenaltyCaseProposal: true, PenaltyCaseSteps: true, PenaltyCasePreservations: true, PenaltyCaseSummary: true },
    },
  })
  await flushPromises()
  return wrapper
}

describe('PenaltyCasePage', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
    vi.clearAllMocks()
  })

  it('shows the case timeline under its title, newest first, with who did each step', async () => {
    const page = await shown(timeline)
    expect(penaltyCase).toHaveBeenCalledWith('CF-1')
    const section = page.get('[data-test="penalty-timeline"]')
    expect(section.get('h3').text()).toBe('时间线')
    const items = section.findAll('[data-test="timeline-entry"]')
    expect(items.map((item) => item.get('.case-timeline__title').text())).toEqual(['调查取证', '立案', '处罚案源登记'])
    expect(items.map((item) => item.get('.case-timeline__actor').text())).toEqual(['林执法', '钱科长', '林执法'])
    expect(items[2].text()).toContain('2027-03-01 09:00:00')
    expect(items[2].text()).toContain('案源登记，报请立案')
  })

  it('says so when the case has no timeline yet', async () => {
    const page = await shown([])
    const section = page.get('[data-test="penalty-timeline"]')
    expect(section.findAll('[data-test="timeline-entry"]')).toHaveLength(0)
    expect(section.text()).toContain('暂无记录')
  })
})
