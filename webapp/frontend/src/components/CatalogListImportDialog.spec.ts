import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import CatalogListImportDialog from './CatalogListImportDialog.vue'

vi.mock('@/api/catalog', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/catalog')>()),
  importCatalog: vi.fn(),
}))

const { importCatalog } = await import('@/api/catalog')
const WAIT = { timeout: 5000 }
let wrapper: VueWrapper | null = null

async function openWith(file: File) {
  wrapper = mount(CatalogListImportDialog, {
    props: { modelValue: true },
    global: { plugins: [createAppI18n('zh-CN')] },
    attachTo: document.body,
  })
  await flushPromises()
  const input = document.querySelector<HTMLInputElement>('[data-test="import-file"]')!
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
  document.querySelector<HTMLButtonElement>('[data-test="import-submit"]')!.click()
  await flushPromises()
}

const text = (selector: string) => document.querySelector(selector)?.textContent?.trim()

describe('CatalogListImportDialog', () => {
  beforeEach(() => {
    vi.mocked(importCatalog).mockReset()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
  })

  it('reports how many items were imported and tells the list', async () => {
    vi.mocked(importCatalog).mockResolvedValue({ ok: true, imported: 23 })
    await openWith(new File(['PK'], 'catalog.xlsx'))
    await vi.waitFor(() => expect(text('[data-test="import-success"]')).toContain('已导入 23 个事项'), WAIT)
    expect(importCatalog).toHaveBeenCalledWith(expect.objectContaining({ name: 'catalog.xlsx' }))
    expect(wrapper!.emitted('imported')).toEqual([[23]])
  })

  it('shows the row-by-row report of a rejected workbook', async () => {
    vi.mocked(importCatalog).mockResolvedValue({
      ok: false,
      message: '第 5 行有误',
      rows: [
        { sheet: '事项', row: 5, field: 'promisedLimit', message: '承诺时限（30 个工作日）不得超过法定时限（20 个工作日）' },
        { sheet: '材料', row: 9, field: 'itemCode', message: '事项编码 X-1 不存在' },
      ],
    })
    await openWith(new File(['PK'], 'catalog.xlsx'))
    await vi.waitFor(() => expect(text('[data-test="import-invalid"]')).toContain('未导入任何数据'), WAIT)
    const messages = [...document.querySelectorAll('[data-test="import-error-message"]')].map((cell) => cell.textContent)
    expect(messages).toEqual(['承诺时限（30 个工作日）不得超过法定时限（20 个工作日）', '事项编码 X-1 不存在'])
    expect(document.querySelector('[data-test="import-errors"]')?.textContent).toContain('材料')
    expect(wrapper!.emitted('imported')).toBeUndefined()
  })
})
