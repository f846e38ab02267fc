import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { CaseDetail, TimelineEntry } from '@/api/cases'
import { createAppI18n } from '@/i18n'
import { aCase } from '@/testing/caseworkFixtures'
import TaskCaseHistory from './TaskCaseHistory.vue'

const event = (at: string, kind: string, fields: Partial<TimelineEntry> = {}): TimelineEntry => ({
  at,
  kind,
  actor: 'handler',
  actorName: '李承办',
  step: null,
  outcome: null,
  opinion: null,
  detail: null,
  anomaly: false,
  ...fields,
})

const returned = aCase({
  timeline: [
    event('2026-10-12T01:00:00Z', 'RECEIVED', { actor: 'applicant', actorName: '张三', outcome: 'ONLINE', detail: '网上申请' }),
    event('2026-10-12T02:00:00Z', 'CLAIMED', { step: 'handler' }),
    event('2026-10-13T02:00:00Z', 'STEP_COMPLETED', { step: 'handler', outcome: 'APPROVE', opinion: '材料齐全，建议准予' }),
    event('2026-10-14T02:00:00Z', 'RETURNED', {
      actor: 'head',
      actorName: '赵科长',
      step: 'section-head',
      outcome: 'RETURN',
      opinion: '现场核查记录缺少签字',
      detail: '退回至 承办人审查',
    }),
  ],
})

function mountHistory(detail: CaseDetail, step = 'handler', locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(TaskCaseHistory, { props: { detail, step }, global: { plugins: [createAppI18n(locale)] } })
}

describe('TaskCaseHistory', () => {
  it('lists the earlier opinions newest first, with who, step and outcome, without claims', () => {
    const wrapper = mountHistory(returned)
    const entries = wrapper.findAll('[data-test="task-history-entry"]')
    expect(entries).toHaveLength(2)
    expect(entries[0]!.text()).toContain('现场核查记录缺少签字')
    expect(entries[0]!.text()).toContain('赵科长')
    expect(entries[0]!.classes()).toContain('task-case-history__entry--returned')
    expect(entries[1]!.text()).toContain('材料齐全，建议准予')
    expect(entries[1]!.text()).toContain('李承办')
  })

  it('puts the latest return reason on top', () => {
    const wrapper = mountHistory(returned)
    expect(wrapper.find('[data-test="task-return-reason"]').text()).toBe('现场核查记录缺少签字')
    expect(wrapper.find('[data-test="task-last-return"]').text()).toContain('退回至 承办人审查')
  })

  it('shows the extension request being decided, days and reason', () => {
    const detail = aCase({
      extension: { workingDays: 5, reason: '需组织专家论证', status: 'PENDING', approvedBy: null, approvedAt: null },
      timeline: [event('2026-10-14T02:00:00Z', 'EXTENSION_REQUESTED', { opinion: '需组织专家论证', detail: '申请延长 5 个工作日' })],
    })
    const wrapper = mountHistory(detail, 'extension-approval')
    expect(wrapper.find('[data-test="task-extension-days"]').text()).toBe('5 个工作日')
    expect(wrapper.find('[data-test="task-extension-reason"]').text()).toBe('需组织专家论证')
    expect(wrapper.find('[data-test="task-extension-request"]').text()).toContain('李承办')
    expect(mountHistory(detail, 'extension-approval', 'en').find('[data-test="task-extension-days"]').text()).toBe('5 working days')
    // Other steps do not repeat it on top.
    expect(mountHistory(detail, 'handler').find('[data-test="task-extension-request"]').exists()).toBe(false)
  })

  it('says so when nothing was decided yet', () => {
    const wrapper = mountHistory(aCase())
    expect(wrapper.findAll('[data-test="task-history-entry"]')).toHaveLength(0)
    expect(wrapper.text()).toContain('暂无前序环节意见')
  })
})
