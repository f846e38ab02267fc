import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import DeadlineBadge from './DeadlineBadge.vue'

function badge(workingDaysLeft: number | null, locale: 'zh-CN' | 'en' = 'zh-CN', dueAt: string | null = null) {
  return mount(DeadlineBadge, { props: { workingDaysLeft, dueAt }, global: { plugins: [createAppI18n(locale)] } }).find('[data-test="deadline-badge"]')
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

  it('names the task\'s own due day when the case has no running clock (the pre-check limit)', () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString()
    const tag = badge(null, 'zh-CN', future)
    expect(tag.exists()).toBe(true)
    expect(tag.text()).toMatch(/^\d{4}-\d{2}-\d{2} 前办结$/)
    expect(badge(null, 'en', future).text()).toMatch(/^Due by \d{4}-\d{2}-\d{2}$/)
    expect(badge(null, 'zh-CN', '2020-01-01T00:00:00Z').text()).toBe('已超期')
  })

  it('prefers the working days left over the due day', () => {
    expect(badge(4, 'zh-CN', '2020-01-01T00:00:00Z').text()).toBe('剩余 4 个工作日')
  })
})
