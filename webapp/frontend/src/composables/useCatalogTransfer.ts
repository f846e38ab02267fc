import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { exportCatalog, importCatalog, type ImportRowError } from '@/api/catalog'
import { apiProblem } from '@/api/problems'

/** The name the export is saved under when the server does not say. */
export function defaultExportName(now: Date = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
  return `事项库-${day}.xlsx`
}

/** Hand a downloaded file to the browser as a download. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoke later: some browsers read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Excel export and import of the whole catalog (reform office, admin). */
export function useCatalogTransfer() {
  const { t } = useI18n()
  const exporting = ref(false)
  const importing = ref(false)
  /** Set after a successful import. */
  const imported = ref<number | null>(null)
  /** The row-by-row report of a rejected workbook. */
  const importErrors = ref<ImportRowError[]>([])
  /** The server's message: with the report, or alone for a failure without one. */
  const importMessage = ref<string | null>(null)

  async function exportAll(): Promise<void> {
    exporting.value = true
    try {
      const file = await exportCatalog()
      saveFile(file.blob, file.fileName ?? defaultExportName())
    } catch (error) {
      ElMessage.error(apiProblem(error)?.message ?? t('catalog.list.exportFailed'))
    } finally {
      exporting.value = false
    }
  }

  function clearImport(): void {
    imported.value = null
    importErrors.value = []
    importMessage.value = null
  }

  /** Upload a workbook; true when it was imported. */
  async function importFile(file: File): Promise<boolean> {
    clearImport()
    importing.value = true
    try {
      const result = await importCatalog(file)
      if (result.ok) {
        imported.value = result.imported
        return true
      }
      importErrors.value = result.rows
      importMessage.value = result.message
      return false
    } catch (error) {
      const problem = apiProblem(error)
      importMessage.value = problem?.fieldErrors[0]?.message ?? problem?.message ?? t('catalog.import.failed')
      return false
    } finally {
      importing.value = false
    }
  }

  return { exporting, importing, imported, importErrors, importMessage, exportAll, importFile, clearImport }
}
