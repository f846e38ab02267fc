import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { AxiosError, AxiosHeaders } from 'axios'
import type { CatalogItem } from '@/api/catalog'
import { createAppI18n } from '@/i18n'
import { useItemEditor, valueAt } from './useItemEditor'

vi.mock('@/api/catalog', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/catalog')>()),
  createItem: vi.fn(),
  updateItem: vi.fn(),
  fetchItem: vi.fn(),
  fetchVersions: vi.fn(),
  publishItem: vi.fn(),
  retireItem: vi.fn(),
  uploadBlankForm: vi.fn(),
}))
vi.mock('element-plus', async (importOriginal) => ({
  ...(await importOriginal<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn() },
}))

const api = await import('@/api/catalog')

function httpError(status: number, body: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() }
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, { status, statusText: '', headers: {}, config, data: body })
}

function item(overrides: Partial<CatalogItem> = {}): CatalogItem {
  return {
    code: 'SFX-TEST-0001',
    name: '测试事项',
    kind: 'LICENSING',
    department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
    parentCode: null,
    subItems: [],
    version: 1,
    status: 'DRAFT',
    elements: {},
    statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
    promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
    onTheSpot: false,
    parallelApproval: false,
    applicantTypes: [],
    approvingLeaderRole: null,
    reviewingSection: null,
    handlers: null,
    steps: [],
    fees: [],
    materials: [{ name: '申请书', form: 'ORIGINAL', copies: 1, required: true, note: null, blankForm: null }],
    processKey: null,
    processParameters: null,
    ...overrides,
  }
}

function setup() {
  let editor!: ReturnType<typeof useItemEditor>
  const Host = defineComponent({
    setup() {
      editor = useItemEditor()
      return () => null
    },
  })
  const wrapper = mount(Host, { global: { plugins: [createAppI18n('zh-CN')] } })
  return { editor, wrapper }
}

function fillNew(editor: ReturnType<typeof useItemEditor>): void {
  Object.assign(editor.form, {
    code: 'SFX-TEST-0001',
    name: '测试事项',
    kind: 'LICENSING',
    departmentCode: 'SFX-SCJGJ',
    statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
    promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
  })
}

describe('useItemEditor', () => {
  beforeEach(() => {
    vi.mocked(api.createItem).mockReset()
    vi.mocked(api.updateItem).mockReset()
    vi.mocked(api.fetchItem).mockReset()
    vi.mocked(api.fetchVersions).mockReset().mockResolvedValue([])
    vi.mocked(api.publishItem).mockReset()
    vi.mocked(api.uploadBlankForm).mockReset()
  })

  it('reads nested values by form prop', () => {
    expect(valueAt({ materials: [{ name: 'a' }, { name: 'b' }] }, 'materials[1].name')).toBe('b')
    expect(valueAt({ elements: { legalBasis: 'x' } }, 'elements.legalBasis')).toBe('x')
    expect(valueAt({}, 'a.b')).toBeUndefined()
  })

  it('opens the latest version, draft or not', async () => {
    vi.mocked(api.fetchVersions).mockResolvedValue([
      { version: 1, status: 'PUBLISHED', publishedAt: null, updatedBy: 'reform', updatedAt: null },
      { version: 2, status: 'DRAFT', publishedAt: null, updatedBy: 'reform', updatedAt: null },
    ])
    vi.mocked(api.fetchItem).mockResolvedValue(item({ version: 2, name: '第二版' }))
    const { editor } = setup()
    await editor.load('SFX-TEST-0001')
    expect(api.fetchItem).toHaveBeenCalledWith('SFX-TEST-0001', { version: 2 })
    expect(editor.form.name).toBe('第二版')
    expect(editor.versions.value.map((v) => v.version)).toEqual([2, 1])
    expect(editor.hasPublished.value).toBe(true)
    expect(editor.dirty.value).toBe(false)
    expect(editor.canPublish.value).toBe(true)
  })

  it('creates the first draft, then updates it', async () => {
    vi.mocked(api.createItem).mockResolvedValue(item())
    vi.mocked(api.updateItem).mockResolvedValue(item({ name: '改名' }))
    const { editor } = setup()
    fillNew(editor)
    expect(editor.isNew.value).toBe(true)
    expect(await editor.save()).not.toBeNull()
    expect(api.createItem).toHaveBeenCalledWith(expect.objectContaining({ code: 'SFX-TEST-0001', department: { code: 'SFX-SCJGJ' } }))
    expect(editor.isNew.value).toBe(false)
    expect(editor.dirty.value).toBe(false)

    editor.form.name = '改名'
    expect(editor.dirty.value).toBe(true)
    await editor.save()
    expect(api.updateItem).toHaveBeenCalledWith('SFX-TEST-0001', expect.objectContaining({ name: '改名' }))
  })

  it('puts server field errors beside fields and the rest in the alert', async () => {
    vi.mocked(api.createItem).mockRejectedValue(
      httpError(400, {
        error: 'invalid',
        message: '事项信息有误',
        fieldErrors: [
          { field: 'promisedLimit', message: '承诺时限（25 个工作日）不得超过法定时限（20 个工作日）' },
          { field: 'processKey', message: '流程 x 未部署' },
          { field: 'somethingElse', message: '其他问题' },
        ],
      }),
    )
    const { editor } = setup()
    fillNew(editor)
    expect(await editor.save()).toBeNull()
    expect(editor.serverErrors.value).toEqual({
      promisedLimit: '承诺时限（25 个工作日）不得超过法定时限（20 个工作日）',
      processKey: '流程 x 未部署',
    })
    expect(editor.alerts.value).toEqual(['其他问题'])
    expect(editor.isNew.value).toBe(true)
  })

  it('shows a message without fields in the alert', async () => {
    vi.mocked(api.createItem).mockRejectedValue(httpError(409, { error: 'conflict', message: '编码已存在' }))
    const { editor } = setup()
    fillNew(editor)
    await editor.save()
    expect(editor.alerts.value).toEqual(['编码已存在'])
    expect(editor.serverErrors.value).toEqual({})
  })

  it('forgets a field error once that field is edited, and only that one', async () => {
    vi.mocked(api.createItem).mockRejectedValue(
      httpError(400, {
        error: 'invalid',
        message: 'x',
        fieldErrors: [
          { field: 'code', message: '编码已存在' },
          { field: 'elements.legalBasis', message: '设定依据不能为空' },
        ],
      }),
    )
    const { editor } = setup()
    fillNew(editor)
    await editor.save()
    editor.form.code = 'SFX-TEST-0002'
    await nextTick()
    expect(editor.serverErrors.value).toEqual({ 'elements.legalBasis': '设定依据不能为空' })
  })

  it('saves unsaved changes before publishing', async () => {
    vi.mocked(api.createItem).mockResolvedValue(item())
    vi.mocked(api.publishItem).mockResolvedValue(item({ status: 'PUBLISHED' }))
    const { editor } = setup()
    fillNew(editor)
    expect(await editor.publish()).toBe(true)
    expect(api.createItem).toHaveBeenCalled()
    expect(api.publishItem).toHaveBeenCalledWith('SFX-TEST-0001')
    expect(editor.saved.value?.status).toBe('PUBLISHED')
  })

  it('does not publish when saving fails', async () => {
    vi.mocked(api.createItem).mockRejectedValue(httpError(400, { error: 'invalid', message: 'x', fieldErrors: [{ field: 'name', message: '必填' }] }))
    const { editor } = setup()
    fillNew(editor)
    expect(await editor.publish()).toBe(false)
    expect(api.publishItem).not.toHaveBeenCalled()
    expect(editor.serverErrors.value).toEqual({ name: '必填' })
  })

  it('uploads blank forms only for a saved form and shows file errors beside the row', async () => {
    vi.mocked(api.fetchVersions).mockResolvedValue([{ version: 1, status: 'DRAFT', publishedAt: null, updatedBy: null, updatedAt: null }])
    vi.mocked(api.fetchItem).mockResolvedValue(item())
    const { editor } = setup()
    await editor.load('SFX-TEST-0001')
    const file = new File(['x'], 'a.exe')

    editor.form.name = 'changed'
    expect(await editor.uploadForm(0, file)).toBe(false)
    expect(api.uploadBlankForm).not.toHaveBeenCalled()

    editor.form.name = '测试事项'
    vi.mocked(api.uploadBlankForm).mockRejectedValue(httpError(400, { error: 'bad_request', message: '仅支持 PDF、Word、Excel 文件', field: 'file' }))
    expect(await editor.uploadForm(0, file)).toBe(false)
    expect(editor.serverErrors.value).toEqual({ 'materials[0].blankForm': '仅支持 PDF、Word、Excel 文件' })

    vi.mocked(api.uploadBlankForm).mockResolvedValue(
      item({ materials: [{ name: '申请书', form: 'ORIGINAL', copies: 1, required: true, note: null, blankForm: { id: 7, fileName: 'a.pdf' } }] }),
    )
    expect(await editor.uploadForm(0, new File(['%PDF'], 'a.pdf'))).toBe(true)
    expect(api.uploadBlankForm).toHaveBeenLastCalledWith('SFX-TEST-0001', 0, expect.any(File))
    expect(editor.form.materials[0]?.blankForm).toEqual({ id: 7, fileName: 'a.pdf' })
  })

  it('opens an older version read-only', async () => {
    vi.mocked(api.fetchVersions).mockResolvedValue([{ version: 2, status: 'DRAFT', publishedAt: null, updatedBy: null, updatedAt: null }])
    vi.mocked(api.fetchItem).mockResolvedValueOnce(item({ version: 2 })).mockResolvedValueOnce(item({ version: 1, status: 'SUPERSEDED', name: '旧名' }))
    const { editor } = setup()
    await editor.load('SFX-TEST-0001')
    await editor.viewVersion(1)
    expect(api.fetchItem).toHaveBeenLastCalledWith('SFX-TEST-0001', { version: 1 })
    expect(editor.viewed.value?.name).toBe('旧名')
    expect(editor.form.name).toBe('测试事项')
  })

  it('reports a load failure', async () => {
    vi.mocked(api.fetchVersions).mockRejectedValue(httpError(404, { error: 'not_found', message: '事项不存在' }))
    const { editor } = setup()
    await editor.load('NOPE')
    expect(editor.loadError.value).toBe('事项不存在')
  })
})
