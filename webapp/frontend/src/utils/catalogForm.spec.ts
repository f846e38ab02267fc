import { describe, expect, it } from 'vitest'
import type { CatalogItem } from '@/api/catalog'
import {
  editorProps,
  emptyFee,
  emptyForm,
  emptyMaterial,
  formFromItem,
  inputFromForm,
  normaliseField,
  placeFieldErrors,
  promisedExceedsStatutory,
} from './catalogForm'

const item: CatalogItem = {
  code: 'SFX-SCJGJ-XK-0001',
  name: '食品经营许可',
  kind: 'LICENSING',
  department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
  parentCode: null,
  subItems: [],
  version: 2,
  status: 'PUBLISHED',
  elements: { certificate: '食品经营许可证，有效期 5 年', legalBasis: '《中华人民共和国食品安全法》第三十五条', annualReview: '无' },
  statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
  promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
  onTheSpot: false,
  parallelApproval: true,
  applicantTypes: ['ENTERPRISE'],
  approvingLeaderRole: 'deputy-leader',
  reviewingSection: '食品经营许可科',
  handlers: null,
  steps: ['受理', '审查'],
  fees: [{ name: '工本费', standard: '每证 10 元', amount: 10, formula: null, legalBasis: null }],
  materials: [
    { name: '营业执照', form: 'COPY', copies: 1, required: true, note: null, blankForm: { id: 12, fileName: 'a.pdf' } },
  ],
  processKey: 'licensing-standard',
  processParameters: { approvalChain: ['clerk', 'leader'], window: 'A12' },
  updatedBy: 'reform',
}

describe('formFromItem / inputFromForm', () => {
  it('round-trips an item without its read-only fields', () => {
    const input = inputFromForm(formFromItem(item))
    expect(input).toEqual({
      code: 'SFX-SCJGJ-XK-0001',
      name: '食品经营许可',
      kind: 'LICENSING',
      department: { code: 'SFX-SCJGJ' },
      parentCode: null,
      elements: {
        certificate: '食品经营许可证，有效期 5 年',
        approvalType: null,
        legalBasis: '《中华人民共和国食品安全法》第三十五条',
        conditions: null,
        acceptingBody: null,
        decidingBody: null,
        procedure: null,
        forms: null,
        annualReview: '无',
        enquiry: null,
      },
      statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
      promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
      onTheSpot: false,
      parallelApproval: true,
      applicantTypes: ['ENTERPRISE'],
      approvingLeaderRole: 'deputy-leader',
      reviewingSection: '食品经营许可科',
      handlers: null,
      steps: ['受理', '审查'],
      fees: [{ name: '工本费', standard: '每证 10 元', amount: 10, formula: null, legalBasis: null }],
      materials: [{ name: '营业执照', form: 'COPY', copies: 1, required: true, note: null }],
      processKey: 'licensing-standard',
      processParameters: { approvalChain: ['clerk', 'leader'], window: 'A12' },
    })
  })

  it('keeps the blank form for display only', () => {
    expect(formFromItem(item).materials[0]?.blankForm).toEqual({ id: 12, fileName: 'a.pdf' })
  })

  it('trims text, drops empty steps and sends empty limits as null', () => {
    const form = emptyForm()
    form.code = ' X-1 '
    form.name = ' 新事项 '
    form.kind = 'PUBLIC_SERVICE'
    form.departmentCode = 'SFX-ZJJ'
    form.steps = ['受理', ' ', '办结 ']
    form.materials = [{ ...emptyMaterial(), name: ' 申请书 ' }]
    form.fees = [{ ...emptyFee(), name: '登记费' }]
    const input = inputFromForm(form)
    expect(input.code).toBe('X-1')
    expect(input.name).toBe('新事项')
    expect(input.steps).toEqual(['受理', '办结'])
    expect(input.statutoryLimit).toBeNull()
    expect(input.processParameters).toBeNull()
    expect(input.materials).toEqual([{ name: '申请书', form: 'ORIGINAL', copies: 1, required: true, note: null }])
    expect(input.fees).toEqual([{ name: '登记费', standard: null, amount: null, formula: null, legalBasis: null }])
  })
})

describe('promisedExceedsStatutory', () => {
  it('flags a longer promised limit in the same unit only', () => {
    const days = (value: number | null, unit: 'WORKING_DAYS' | 'CALENDAR_DAYS' = 'WORKING_DAYS') => ({ value, unit })
    expect(promisedExceedsStatutory(days(20), days(25))).toBe(true)
    expect(promisedExceedsStatutory(days(20), days(20))).toBe(false)
    expect(promisedExceedsStatutory(days(20), days(0))).toBe(false)
    expect(promisedExceedsStatutory(days(null), days(25))).toBe(false)
    expect(promisedExceedsStatutory(days(20), days(25, 'CALENDAR_DAYS'))).toBe(false)
  })
})

describe('placeFieldErrors', () => {
  const form = { materials: [emptyMaterial(), emptyMaterial()], fees: [emptyFee()] }
  const props = editorProps(form)

  it('normalises dotted indexes and aliases', () => {
    expect(normaliseField('materials.1.name')).toBe('materials[1].name')
    expect(normaliseField('department.code')).toBe('departmentCode')
    expect(normaliseField('processParameters.approvalChain')).toBe('approvalChain')
  })

  it('puts errors beside their own field or the nearest parent', () => {
    const placed = placeFieldErrors(
      [
        { field: 'promisedLimit', message: '承诺时限（25 个工作日）不得超过法定时限（20 个工作日）' },
        { field: 'statutoryLimit.value', message: '法定时限不能为空' },
        { field: 'materials.1.name', message: '材料名称不能为空' },
        { field: 'materials[5].name', message: '第 6 项材料有误' },
        { field: 'elements.legalBasis', message: '设定依据不能为空' },
        { field: 'department', message: '部门不存在' },
      ],
      props,
    )
    expect(placed.byField).toEqual({
      promisedLimit: '承诺时限（25 个工作日）不得超过法定时限（20 个工作日）',
      statutoryLimit: '法定时限不能为空',
      'materials[1].name': '材料名称不能为空',
      materials: '第 6 项材料有误',
      'elements.legalBasis': '设定依据不能为空',
      departmentCode: '部门不存在',
    })
    expect(placed.unplaced).toEqual([])
  })

  it('sends fields the form does not show to the alert and joins repeated ones', () => {
    const placed = placeFieldErrors(
      [
        { field: 'version', message: '版本冲突' },
        { field: 'code', message: '编码格式不正确' },
        { field: 'code', message: '编码已存在' },
      ],
      props,
    )
    expect(placed.unplaced).toEqual(['版本冲突'])
    expect(placed.byField).toEqual({ code: '编码格式不正确；编码已存在' })
  })
})
