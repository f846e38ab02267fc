import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { TimelineEntry } from '@/api/cases'
import { createAppI18n } from '@/i18n'
import CaseTimeline from './CaseTimeline.vue'

const entry = (kind: string, outcome: string, detail: string | null = null): TimelineEntry => ({
  at: '2026-10-12T01:00:00Z',
  kind,
  actor: 'clerk',
  actorName: '王窗口',
  step: null,
  outcome,
  opinion: null,
  detail,
  anomaly: false,
})

const entries = [
  entry('RECEIVED', 'ONLINE', '网上申请'),
  entry('NOTICE_ISSUED', 'CORRECTION', '示县市监许补〔2026〕1号'),
  entry('NOTICE_ISSUED', 'SPECIAL_PROCEDURE'),
  entry('PAUSE_STARTED', 'TESTING'),
]

function titles(locale: 'zh-CN' | 'en'): string[] {
  const wrapper = mount(CaseTimeline, { props: { entries }, global: { plugins: [createAppI18n(locale)] } })
  return wrapper.findAll('.case-timeline__title').map((title) => title.text())
}

describe('CaseTimeline', () => {
  it('names the channel, the notice type and the special procedure, not their codes', () => {
    const shown = titles('zh-CN')
    expect(shown).toEqual(['开始特别程序 · 检测', '出具文书 · 特别程序告知书', '出具文书 · 补正材料通知书', '收件 · 网上申请'])
    for (const code of ['ONLINE', 'CORRECTION', 'SPECIAL_PROCEDURE', 'TESTING']) expect(shown.join()).not.toContain(code)
  })

  it('in English too', () => {
    for (const code of ['ONLINE', 'CORRECTION', 'SPECIAL_PROCEDURE', 'TESTING']) expect(titles('en').join()).not.toContain(code)
  })
})
