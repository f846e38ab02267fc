import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ItemSummary } from '@/api/catalog'
import { createAppI18n } from '@/i18n'
import GuideResultList from './GuideResultList.vue'

const summary = (overrides: Partial<ItemSummary>): ItemSummary => ({
  code: 'SFX-SCJGJ-XK-0001',
  name: '食品经营许可',
  kind: 'LICENSING',
  department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
  status: 'PUBLISHED',
  version: 1,
  statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
  promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
  onTheSpot: false,
  parallelApproval: false,
  parentCode: null,
  ...overrides,
})

async function render(items: ItemSummary[]) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => null } },
      { path: '/guide/items/:code', name: 'guide-item', component: { render: () => null } },
    ],
  })
  return mount(GuideResultList, { props: { items }, global: { plugins: [router, createAppI18n('zh-CN')] } })
}

describe('GuideResultList', () => {
  it('shows name, department, kind, both limits and the item tags', async () => {
    const wrapper = await render([
      summary({}),
      summary({ code: 'SFX-ZRZYJ-FW-0001', name: '不动产登记资料查询', kind: 'PUBLIC_SERVICE', onTheSpot: true, promisedLimit: { value: 0, unit: 'WORKING_DAYS' } }),
      summary({ code: 'SFX-ZJJ-XK-0001', name: '建筑工程施工许可', parallelApproval: true, statutoryLimit: { value: 45, unit: 'WORKING_DAYS' } }),
    ])
    const rows = wrapper.findAll('[data-test="guide-result"]')
    expect(rows.map((row) => row.find('[data-test="guide-result-name"]').text())).toEqual(['食品经营许可', '不动产登记资料查询', '建筑工程施工许可'])
    expect(rows[0]?.find('[data-test="guide-result-name"]').attributes('href')).toBe('/guide/items/SFX-SCJGJ-XK-0001')
    expect(rows[0]?.find('[data-test="guide-result-department"]').text()).toBe('示范县市场监督管理局')
    expect(rows[1]?.find('[data-test="guide-result-kind"]').text()).toBe('公共服务')
    expect(rows.map((row) => row.find('[data-test="guide-result-promised"]').text())).toEqual(['10 个工作日', '即办', '10 个工作日'])
    expect(rows[2]?.find('[data-test="guide-result-statutory"]').text()).toBe('45 个工作日')
    expect(rows.map((row) => row.find('[data-test="tag-on-the-spot"]').exists())).toEqual([false, true, false])
    expect(rows.map((row) => row.find('[data-test="tag-parallel"]').exists())).toEqual([false, false, true])
  })

  it('says so when nothing matches', async () => {
    const wrapper = await render([])
    expect(wrapper.find('[data-test="guide-empty"]').text()).toContain('没有找到符合条件的事项')
  })
})
