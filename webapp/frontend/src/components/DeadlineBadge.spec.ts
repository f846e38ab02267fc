import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import DeadlineBadge from './DeadlineBadge.vue'

function badge(workingDaysLeft: number | null, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(DeadlineBadge, { props: { workingDaysLeft }, global: { plugins: [createAppI18n(locale)] } }).find('[data-test="deadline-badge"]')
}

describe('DeadlineBadge', () => {
  it('is red and says overdue at zero or fewer working days', () => {
    for (const days of [0, -3]) {
      const tag = badge(days)
      expect(tag.text()).toBe('已超期')
      expect(tag.classes()).toContain('el-tag--danger')
      expect(tag.classes()).toContain('deadline-badge--overdue')
    }
  })

  it('is orange with one day left', () => {
    const tag = badge(1)
    expect(tag.text()).toBe('剩余 1 个工作日')
    expect(tag.classes()).toContain('deadline-badge--due')
  })

  it('is yellow with two or three days left', () => {
    for (const days of [2, 3]) {
      const tag = badge(days)
      expect(tag.classes()).toContain('el-tag--warning')
      expect(tag.classes()).toContain('deadline-badge--near')
    }
  })

  it('is green with more time', () => {
    const tag = badge(4)
    expect(tag.classes()).toContain('el-tag--success')
    expect(tag.text()).toBe('剩余 4 个工作日')
  })

  it('shows nothing when no deadline runs', () => {
    expect(badge(null).exists()).toBe(false)
  })

  it('speaks English too', () => {
    expect(badge(0, 'en').text()).toBe('Overdue')
    expect(badge(1, 'en').text()).toBe('1 working day left')
    expect(badge(5, 'en').text()).toBe('5 working days left')
  })
})
