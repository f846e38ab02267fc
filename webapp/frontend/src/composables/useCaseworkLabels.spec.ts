import { describe, expect, it } from 'vitest'
import { TASK_OUTCOMES } from '@/api/tasks'
import { createAppI18n } from '@/i18n'
import { withSetup } from '@/testing/withSetup'
import { useCaseworkLabels } from './useCaseworkLabels'

const labels = (locale: 'zh-CN' | 'en' = 'zh-CN') => withSetup(useCaseworkLabels, [createAppI18n(locale)])

describe('useCaseworkLabels', () => {
  it('names every outcome button as the brief words it', () => {
    const { outcomeLabel } = labels()
    expect(TASK_OUTCOMES.map((outcome) => outcomeLabel(outcome))).toEqual([
      '受理',
      '一次性告知补正',
      '不予受理',
      '同意',
      '不同意',
      '退回',
      '同意',
      '不同意',
      '已缴费',
      '已制证',
      '已送达',
      '已申请强制执行',
      '不申请强制执行',
    ])
  })

  it('names the enforcement step (levy and penalty), its outcomes and timeline events in both languages', () => {
    const zh = labels()
    expect(zh.stepLabel('enforcement-application')).toBe('申请法院强制执行')
    expect(zh.timelineLabel('ENFORCEMENT_APPLIED')).toBe('已申请法院强制执行')
    expect(zh.timelineLabel('ENFORCEMENT_NOT_APPLIED')).toBe('不申请法院强制执行')
    const en = labels('en')
    expect(en.stepLabel('enforcement-application')).toBe('Application for court enforcement')
    expect(en.outcomeLabel('NOT_APPLIED')).toBe('Not applying for enforcement')
    expect(en.timelineLabel('ENFORCEMENT_APPLIED')).toBe('Applied to the court for enforcement')
  })

  it('lets the deciding steps grant or refuse the licence', () => {
    const { outcomeLabel } = labels()
    expect(outcomeLabel('APPROVE', 'leader')).toBe('准予许可')
    expect(outcomeLabel('REFUSE', 'pre-check')).toBe('不予许可')
    expect(outcomeLabel('APPROVE', 'section-head')).toBe('同意')
    expect(outcomeLabel('ACCEPT', 'pre-check')).toBe('受理')
    expect(outcomeLabel('ESCALATE', 'handler')).toBe('ESCALATE')
  })

  it('translates statuses, steps and timeline kinds, keeping unknown codes', () => {
    const { statusLabel, statusTag, stepLabel, timelineLabel, pauseKindLabel } = labels()
    expect(statusLabel('CORRECTION_REQUESTED')).toBe('待补正')
    expect(statusTag('NOT_ACCEPTED')).toBe('danger')
    expect(stepLabel('deputy-leader')).toBe('分管领导审批')
    expect(stepLabel('site-visit', '现场核查')).toBe('现场核查')
    expect(timelineLabel('DEEMED_ACCEPTED')).toBe('逾期视为受理')
    expect(timelineLabel('PRIOR_NOTICE_SERVED')).toBe('送达事先告知书')
    expect(timelineLabel('PRESERVATION_DECISION_OVERDUE')).toBe('登记保存证据逾期未处理')
    expect(timelineLabel('NEW_KIND')).toBe('NEW_KIND')
    expect(pauseKindLabel('EXPERT_REVIEW')).toBe('专家评审')
  })

  it('has English outcome labels', () => {
    const { outcomeLabel } = labels('en')
    expect(outcomeLabel('REQUEST_CORRECTION')).toBe('Request correction')
    expect(outcomeLabel('APPROVE', 'leader')).toBe('Grant licence')
  })
})
