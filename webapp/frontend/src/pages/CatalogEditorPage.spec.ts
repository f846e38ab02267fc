import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { AxiosError, AxiosHeaders } from 'axios'
import { ElMessageBox, vLoading } from 'element-plus'
import type { CatalogItem } from '@/api/catalog'
import { createAppI18n } from '@/i18n'
import CatalogEditorPage from './CatalogEditorPage.vue'

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

vi.mock('@/api/organisation', () => ({ fetchDepartments: vi.fn() }))

const api = await import('@/api/catalog')
const { fetchDepartments } = await import('@/api/organisation')

const DEPARTMENTS = [
  { code: 'SFX-SCJGJ', name: '示范县市场监督管理局', shortName: '县市场监管局', regionCode: 'SF-SFS-SFX', kind: 'functional' },
  { code: 'SFX-ZJJ', name: '示范县住房和城乡建设局', shortName: '县住建局', regionCode: 'SF-SFS-SFX', kind: 'functional' },
]

// jsdom lays nothing out; the form scrolls to its first error.
Element.prototype.scrollIntoView = vi.fn()

/** Element Plus validates and renders asynchronously; allow slow CI machines. */
const WAIT = { timeout: 5000 }

function httpError(status: number, body: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() }
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, { status, statusText: '', headers: {}, config, data: body })
}

const stored: CatalogItem = {
  code: 'SFX-SCJGJ-XK-0001',
  name: '食品经营许可',
  kind: 'LICENSING',
  department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
  parentCode: null,
  subItems: [],
  version: 1,
  status: 'DRAFT',
  elements: { legalBasis: '《食品安全法》', conditions: '有场所', acceptingBody: '窗口', decidingBody: '局', procedure: '受理—决定' },
  statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
  promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
  onTheSpot: false,
  parallelApproval: false,
  applicantTypes: ['ENTERPRISE'],
  approvingLeaderRole: null,
  reviewingSection: null,
  handlers: null,
  steps: [],
  fees: [],
  materials: [{ name: '申请书', form: 'ORIGINAL', copies: 1, required: true, note: null, blankForm: null }],
  processKey: null,
  processParameters: null,
}

let wrapper: VueWrapper | null = null

async function open(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/catalog', name: 'catalog', component: { render: () => null } },
      { path: '/catalog/new', name: 'catalog-new', component: CatalogEditorPage },
      { path: '/catalog/items/:code', name: 'catalog-item', component: CatalogEditorPage, props: true },
      { path: '/guide/items/:code', name: 'guide-item', component: { render: () => null } },
    ],
  })
  await router.push(path)
  await router.isReady()
  wrapper = mount(RouterView, {
    global: { plugins: [router, createAppI18n('zh-CN')], directives: { loading: vLoading } },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

async function type(selector: string, text: string): Promise<void> {
  const input = wrapper!.find(`${selector} input, ${selector} textarea`)
  await input.setValue(text)
  await input.trigger('change')
  await input.trigger('blur')
}

/** Click a select option (Element Plus renders them in a popper under document.body). */
async function pick(label: string): Promise<void> {
  const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find(
    (element) => element.textContent?.trim() === label,
  )
  if (!option) throw new Error(`no option ${label}`)
  option.click()
  await flushPromises()
}

const errorText = (id: string) => wrapper!.find(`[data-test="error-${id}"]`)

// Mounting the whole editor takes seconds on a busy machine.
describe('CatalogEditorPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    for (const fn of Object.values(api)) if (vi.isMockFunction(fn)) fn.mockReset()
    vi.mocked(api.fetchVersions).mockResolvedValue([
      { version: 1, status: 'DRAFT', publishedAt: null, updatedBy: 'reform', updatedAt: '2026-03-02T09:00:00+08:00' },
    ])
    vi.mocked(api.fetchItem).mockResolvedValue(structuredClone(stored))
    vi.mocked(fetchDepartments).mockReset().mockResolvedValue(DEPARTMENTS)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
  })

  it('names both limits beside the promised limit when it exceeds the statutory one, and does not save', async () => {
    await open('/catalog/new')
    await type('[data-test="field-statutoryLimit"]', '20')
    await type('[data-test="field-promisedLimit"]', '25')
    await wrapper!.find('[data-test="editor-save"]').trigger('click')
    await vi.waitFor(() => {
      expect(errorText('promisedLimit').text()).toBe('承诺时限（25 个工作日）不得超过法定时限（20 个工作日）')
      expect(errorText('code').text()).toBe('请填写事项编码')
      expect(errorText('kind').text()).toBe('请选择事项类型')
    }, WAIT)
    expect(api.createItem).not.toHaveBeenCalled()
  })

  it('creates a new item, picking its department from the organisation, and moves to its own address', async () => {
    vi.mocked(api.createItem).mockImplementation(async (input) => ({
      ...structuredClone(stored),
      ...input,
      department: { code: input.department.code, name: '示范县市场监督管理局' },
      materials: [],
    }))
    const { router } = await open('/catalog/new')
    await type('[data-test="field-code"]', 'SFX-TEST-0009')
    await type('[data-test="field-name"]', '测试许可')
    await pick('行政许可')
    await pick('示范县市场监督管理局（SFX-SCJGJ）')
    await type('[data-test="field-statutoryLimit"]', '20')
    await type('[data-test="field-promisedLimit"]', '15')
    await wrapper!.find('[data-test="editor-save"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/catalog/items/SFX-TEST-0009'), WAIT)
    expect(api.createItem).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 'SFX-TEST-0009',
        name: '测试许可',
        kind: 'LICENSING',
        department: { code: 'SFX-SCJGJ' },
        statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
        promisedLimit: { value: 15, unit: 'WORKING_DAYS' },
      }),
    )
  })

  it('checks the code pattern', async () => {
    await open('/catalog/new')
    await type('[data-test="field-code"]', 'a b')
    await vi.waitFor(() => expect(errorText('code').text()).toBe('事项编码须为 3–40 位字母、数字或连字符'), WAIT)
  })

  it('allows a promised limit of 0 only for on-the-spot items', async () => {
    await open('/catalog/items/SFX-SCJGJ-XK-0001')
    await type('[data-test="field-promisedLimit"]', '0')
    await vi.waitFor(() => expect(errorText('promisedLimit').text()).toBe('承诺时限为 0 仅适用于即办件'), WAIT)
    await wrapper!.find('[data-test="field-onTheSpot"] .el-switch').trigger('click')
    await vi.waitFor(() => expect(errorText('promisedLimit').exists()).toBe(false), WAIT)
  })

  it('shows server field errors beside their fields and other errors in the alert', async () => {
    vi.mocked(api.updateItem).mockRejectedValue(
      httpError(400, {
        error: 'invalid',
        message: '事项信息有误',
        fieldErrors: [
          { field: 'promisedLimit', message: '承诺时限不得少于 11 个工作日（服务器规则）' },
          { field: 'materials.0.name', message: '材料名称重复' },
          { field: 'processKey', message: '流程 licensing-x 未部署' },
          { field: 'version', message: '该事项已被他人修改' },
        ],
      }),
    )
    await open('/catalog/items/SFX-SCJGJ-XK-0001')
    expect(wrapper!.find('[data-test="editor-title"]').text()).toBe('食品经营许可')
    expect(wrapper!.find('[data-test="editor-code"]').attributes('disabled')).toBeDefined()
    await type('[data-test="field-statutoryLimit"]', '12')
    await wrapper!.find('[data-test="editor-save"]').trigger('click')
    await vi.waitFor(() => {
      expect(errorText('promisedLimit').text()).toBe('承诺时限不得少于 11 个工作日（服务器规则）')
      expect(errorText('materials-0-name').text()).toBe('材料名称重复')
      expect(errorText('processKey').text()).toBe('流程 licensing-x 未部署')
    }, WAIT)
    expect(wrapper!.findAll('[data-test="editor-alert"]').map((alert) => alert.text())).toEqual(['该事项已被他人修改'])
    expect(api.updateItem).toHaveBeenCalledWith(
      'SFX-SCJGJ-XK-0001',
      expect.objectContaining({ name: '食品经营许可', statutoryLimit: { value: 12, unit: 'WORKING_DAYS' } }),
    )
  })

  it('requires the elements of a published item only when publishing', async () => {
    vi.mocked(api.fetchItem).mockResolvedValue({ ...structuredClone(stored), elements: {}, materials: [] })
    vi.mocked(api.updateItem).mockImplementation(async (_code, input) => ({ ...structuredClone(stored), ...input, department: stored.department, materials: [] }))
    await open('/catalog/items/SFX-SCJGJ-XK-0001')
    await wrapper!.find('[data-test="editor-publish"]').trigger('click')
    await vi.waitFor(() => {
      expect(errorText('elements-legalBasis').text()).toBe('请填写设定依据')
      expect(errorText('materials').text()).toBe('发布前至少需要一项申请材料')
    }, WAIT)
    expect(api.publishItem).not.toHaveBeenCalled()

    // A draft may stay incomplete.
    await type('[data-test="field-name"]', '食品经营许可（修订）')
    await wrapper!.find('[data-test="editor-save"]').trigger('click')
    await vi.waitFor(() => {
      expect(api.updateItem).toHaveBeenCalled()
      expect(errorText('elements-legalBasis').exists()).toBe(false)
    }, WAIT)
  })

  it('saves only changes and asks before leaving with unsaved ones', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm')
    const { router } = await open('/catalog/items/SFX-SCJGJ-XK-0001')
    expect(wrapper!.find('[data-test="editor-save"]').attributes('disabled')).toBeDefined()
    await type('[data-test="field-name"]', '食品经营许可（改）')
    expect(wrapper!.find('[data-test="editor-save"]').attributes('disabled')).toBeUndefined()

    confirm.mockRejectedValueOnce('cancel')
    await router.push('/catalog').catch(() => undefined)
    expect(router.currentRoute.value.fullPath).toBe('/catalog/items/SFX-SCJGJ-XK-0001')
    expect(confirm).toHaveBeenCalledWith('“食品经营许可（改）”有未保存的修改，确定离开吗？', '离开编辑', expect.anything())

    confirm.mockResolvedValueOnce({ value: '', action: 'confirm' } as Awaited<ReturnType<typeof ElMessageBox.confirm>>)
    await router.push('/catalog')
    expect(router.currentRoute.value.fullPath).toBe('/catalog')
    confirm.mockRestore()
  })

  it('lists the versions and opens an older one read-only', async () => {
    vi.mocked(api.fetchVersions).mockResolvedValue([
      { version: 1, status: 'SUPERSEDED', publishedAt: '2026-03-01T10:00:00+08:00', updatedBy: 'reform', updatedAt: null },
      { version: 2, status: 'PUBLISHED', publishedAt: '2026-03-05T10:00:00+08:00', updatedBy: 'reform', updatedAt: null },
    ])
    vi.mocked(api.fetchItem)
      .mockResolvedValueOnce({ ...structuredClone(stored), version: 2, status: 'PUBLISHED' })
      .mockResolvedValueOnce({ ...structuredClone(stored), version: 1, status: 'SUPERSEDED', name: '食品经营许可（旧）' })
    await open('/catalog/items/SFX-SCJGJ-XK-0001')
    const rows = wrapper!.findAll('[data-test="version-row"]')
    expect(rows.map((row) => row.attributes('data-version'))).toEqual(['2', '1'])
    expect(rows.map((row) => row.find('[data-test="version-status"]').text())).toEqual(['已发布', '历史版本'])
    expect(wrapper!.find('[data-test="editor-new-version-hint"]').text()).toContain('第 3 版草稿')
    await rows[1]!.find('[data-test="version-view"]').trigger('click')
    await vi.waitFor(() => {
      expect(document.querySelector('[data-test="version-view-sheet"] [data-test="element-name"]')?.textContent).toBe('食品经营许可（旧）')
    }, WAIT)
    expect(api.fetchItem).toHaveBeenLastCalledWith('SFX-SCJGJ-XK-0001', { version: 1 })
  })
})
