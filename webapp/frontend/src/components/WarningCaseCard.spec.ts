import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import type { SupervisionWarning } from '@/api/warnings'
import { fakeAdapter, type FakeReply } from '@/testing/fakeAdapter'
import WarningCaseCard from './WarningCaseCard.vue'

const yellow: SupervisionWarning = {
  id: 3,
  caseNo: 'SFX-SCJGJ-20261207-0001',
  department: 'SFX-SCJGJ',
  level: 'YELLOW',
  kind: 'PROMISED_LIMIT_EXCEEDED',
  raisedAt: '2026-12-22T00:00:00+08:00',
  status: 'HANDLING',
  deadline: '2026-12-21',
  detail: '已超过承诺期限 2026-12-21',
}

async function card(reply: FakeReply) {
  fakeAdapter(() => reply)
  const wrapper = mount(WarningCaseCard, { props: { caseNo: yellow.caseNo }, global: { plugins: [createAppI18n('zh-CN')] } })
  await flushPromises()
  return wrapper
}

describe('WarningCaseCard', () => {
  it('lists the case warnings with their level, kind, status and details', async () => {
    const wrapper = await card({ status: 200, body: [yellow] })
    const item = wrapper.find('[data-test="case-warning"]')
    expect(item.find('.el-tag').text()).toBe('黄牌')
    expect(item.find('.el-tag').classes()).toContain('el-tag--warning')
    expect(item.text()).toContain('超承诺时限')
    expect(item.text()).toContain('督办中')
    expect(item.text()).toContain('已超过承诺期限 2026-12-21')
  })

  it('is not there when the case has no warnings or the viewer may not read them', async () => {
    for (const reply of [{ status: 200, body: [] }, { status: 403 }, { status: 404 }]) {
      const wrapper = await card(reply)
      expect(wrapper.find('[data-test="case-warnings"]').exists()).toBe(false)
    }
  })

  it('says so when the warnings cannot be read', async () => {
    const wrapper = await card({ status: 500 })
    expect(wrapper.find('[data-test="case-warnings"]').text()).toContain('本件预警暂时无法读取')
  })
})
