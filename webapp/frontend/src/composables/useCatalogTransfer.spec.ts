import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { AxiosError, AxiosHeaders } from 'axios'
import { createAppI18n } from '@/i18n'
import { defaultExportName, useCatalogTransfer } from './useCatalogTransfer'

vi.mock('@/api/catalog', () => ({ exportCatalog: vi.fn(), importCatalog: vi.fn() }))
vi.mock('element-plus', () => ({ ElMessage: { error: vi.fn() } }))

const { exportCatalog, importCatalog } = await import('@/api/catalog')
const { ElMessage } = await import('element-plus')

function setup() {
  let transfer!: ReturnType<typeof useCatalogTransfer>
  mount(
    defineComponent({
      setup() {
        transfer = useCatalogTransfer()
        return () => null
      },
    }),
    { global: { plugins: [createAppI18n('zh-CN')] } },
  )
  return transfer
}

describe('useCatalogTransfer', () => {
  const clicked: { href: string; download: string }[] = []

  beforeEach(() => {
    vi.mocked(exportCatalog).mockReset()
    vi.mocked(importCatalog).mockReset()
    vi.mocked(ElMessage.error).mockReset()
    clicked.length = 0
    URL.createObjectURL = vi.fn(() => 'blob:catalog')
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    })
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('names the export after the day in Shanghai', () => {
    expect(defaultExportName(new Date('2026-03-01T17:00:00Z'))).toBe('事项库-2026-03-02.xlsx')
  })

  it('saves the workbook under the name the server gives, or a dated default', async () => {
    vi.mocked(exportCatalog).mockResolvedValueOnce({ blob: new Blob(['PK']), fileName: '事项库.xlsx' })
    vi.mocked(exportCatalog).mockResolvedValueOnce({ blob: new Blob(['PK']), fileName: null })
    const transfer = setup()
    await transfer.exportAll()
    await transfer.exportAll()
    expect(clicked.map((link) => link.download)).toEqual(['事项库.xlsx', defaultExportName()])
    expect(clicked[0]?.href).toBe('blob:catalog')
    expect(transfer.exporting.value).toBe(false)
  })

  it('tells the user when the export fails', async () => {
    const config = { headers: new AxiosHeaders() }
    vi.mocked(exportCatalog).mockRejectedValue(
      new AxiosError('x', 'ERR', config, null, { status: 500, statusText: '', headers: {}, config, data: {} }),
    )
    await setup().exportAll()
    expect(ElMessage.error).toHaveBeenCalledWith('导出失败，请稍后重试')
    expect(clicked).toEqual([])
  })

  it('keeps the report of a rejected workbook and the message of a failed upload', async () => {
    const transfer = setup()
    vi.mocked(importCatalog).mockResolvedValueOnce({
      ok: false,
      message: '导入失败',
      rows: [{ sheet: '收费', row: 3, field: 'amount', message: '金额须为非负数' }],
    })
    expect(await transfer.importFile(new File(['PK'], 'a.xlsx'))).toBe(false)
    expect(transfer.importErrors.value).toHaveLength(1)
    expect(transfer.importMessage.value).toBe('导入失败')

    const config = { headers: new AxiosHeaders() }
    vi.mocked(importCatalog).mockRejectedValueOnce(
      new AxiosError('x', 'ERR', config, null, {
        status: 400, statusText: '', headers: {}, config,
        data: { error: 'bad_request', message: '文件无效', field: 'file' },
      }),
    )
    expect(await transfer.importFile(new File(['x'], 'a.txt'))).toBe(false)
    expect(transfer.importErrors.value).toEqual([])
    expect(transfer.importMessage.value).toBe('文件无效')
  })
})
