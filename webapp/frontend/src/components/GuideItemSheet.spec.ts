import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { CatalogItem } from '@/api/catalog'
import { createAppI18n } from '@/i18n'
import GuideItemSheet from './GuideItemSheet.vue'

const LABELS = [
  '事项名称',
  '发证及有效期',
  '审批类型及法律效力',
  '设定依据',
  '申请条件',
  '申请材料',
  '受理机构及地点',
  '决定机构',
  '办理程序',
  '办理时限',
  '收费标准',
  '申请表格',
  '年审年检',
  '咨询投诉',
]

const food: CatalogItem = {
  code: 'SFX-SCJGJ-XK-0001',
  name: '食品经营许可',
  kind: 'LICENSING',
  department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
  parentCode: null,
  subItems: [],
  version: 3,
  status: 'PUBLISHED',
  elements: {
    certificate: '食品经营许可证，有效期 5 年',
    approvalType: '行政许可；准予后方可从事食品经营',
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    conditions: '有与经营的食品品种、数量相适应的场所',
    acceptingBody: '示范县政务服务中心市场监管窗口（示范县人民路 1 号 2 楼 12 号窗口）',
    decidingBody: '示范县市场监督管理局',
    procedure: '受理—审查—决定—送达',
    forms: '食品经营许可申请书',
    annualReview: '无',
    enquiry: '示范县市场监督管理局 0000-12345678',
  },
  statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
  promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
  onTheSpot: false,
  parallelApproval: false,
  applicantTypes: ['PERSON', 'ENTERPRISE'],
  approvingLeaderRole: 'deputy-leader',
  reviewingSection: '食品经营许可科',
  handlers: null,
  steps: ['受理', '审查', '决定', '制证送达'],
  fees: [],
  materials: [
    { name: '食品经营许可申请书', form: 'ORIGINAL', copies: 1, required: true, note: null, blankForm: { id: 12, fileName: '申请书.docx' } },
    { name: '营业执照', form: 'COPY', copies: 1, required: false, note: '加盖公章', blankForm: null },
  ],
  processKey: null,
  processParameters: null,
}

function render(item: CatalogItem, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(GuideItemSheet, { props: { item }, global: { plugins: [createAppI18n(locale)] } })
}

const value = (wrapper: ReturnType<typeof render>, key: string) => wrapper.find(`[data-test="element-${key}"]`).text()

describe('GuideItemSheet', () => {
  it('lists the 14 elements with their Chinese labels, numbered in order', () => {
    const wrapper = render(food)
    expect(wrapper.findAll('[data-test="element-label"]').map((cell) => cell.text())).toEqual(LABELS)
    expect(wrapper.findAll('.guide-item-sheet__no').map((cell) => cell.text())).toEqual(LABELS.map((_, i) => String(i + 1)))
  })

  it('shows the element texts, both limits with their unit, and the steps', () => {
    const wrapper = render(food)
    expect(value(wrapper, 'name')).toBe('食品经营许可')
    expect(value(wrapper, 'legalBasis')).toBe('《中华人民共和国食品安全法》第三十五条')
    expect(wrapper.find('[data-test="limit-statutory"]').text()).toBe('20 个工作日')
    expect(wrapper.find('[data-test="limit-promised"]').text()).toBe('10 个工作日')
    expect(value(wrapper, 'procedure')).toContain('受理—审查—决定—送达')
    expect(wrapper.findAll('[data-test="guide-step"]').map((step) => step.text())).toEqual(['受理', '审查', '决定', '制证送达'])
  })

  it('lists materials with form, required flag and the blank-form download', () => {
    const wrapper = render(food)
    const rows = wrapper.findAll('[data-test="material-row"]')
    expect(rows).toHaveLength(2)
    expect(rows[0]?.find('[data-test="material-form"]').text()).toBe('原件')
    expect(rows[1]?.find('[data-test="material-form"]').text()).toBe('复印件')
    expect(rows[1]?.find('[data-test="material-required"]').text()).toBe('非必需')
    const link = wrapper.find('[data-test="material-blank-form"]')
    expect(link.attributes('href')).toBe('/api/items/blank-forms/12')
    expect(link.attributes('download')).toBe('申请书.docx')
    expect(wrapper.findAll('[data-test="material-blank-form"]')).toHaveLength(1)
  })

  it('says 不收费 without fees and lists fees otherwise', () => {
    expect(value(render(food), 'fees')).toBe('不收费')
    const levy = render({
      ...food,
      fees: [
        { name: '城市基础设施配套费', standard: '按建筑面积', amount: null, formula: '建筑面积 × 100 元/㎡', legalBasis: '省物价局文件' },
        { name: '工本费', standard: null, amount: 10, formula: null, legalBasis: null },
      ],
    })
    expect(levy.findAll('[data-test="fee-amount"]').map((cell) => cell.text())).toEqual(['建筑面积 × 100 元/㎡', '10.00'])
  })

  it('shows 无 for every empty element, material list and limit', () => {
    const wrapper = render({
      ...food,
      elements: { certificate: '', approvalType: '   ', legalBasis: null },
      materials: [],
      steps: [],
      statutoryLimit: null,
      promisedLimit: null,
    })
    for (const key of ['certificate', 'approvalType', 'legalBasis', 'conditions', 'materials', 'acceptingBody', 'decidingBody', 'procedure', 'forms', 'annualReview', 'enquiry']) {
      expect(value(wrapper, key), key).toBe('无')
    }
    expect(wrapper.find('[data-test="limit-statutory"]').text()).toBe('无')
    expect(wrapper.find('[data-test="limit-promised"]').text()).toBe('无')
  })

  it('speaks English when asked', () => {
    const wrapper = render(food, 'en')
    expect(wrapper.findAll('[data-test="element-label"]')[9]?.text()).toBe('Time limit')
    expect(wrapper.find('[data-test="limit-promised"]').text()).toBe('10 working days')
  })
})
