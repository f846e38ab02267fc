import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { CaseDetail } from '@/api/cases'
import type { MaterialFiles } from '@/utils/upload'
import { failedFiles, useItemMaterials, useMaterialUploads, type FailedUpload } from './useMaterialUploads'

/**
 * Uploading materials to a case that waits for its acceptance review (RECEIVED): those the
 * application could not upload, or that were left out. POST /api/cases/{caseNo}/materials per file;
 * files that fail stay chosen with the server's reason.
 */
export function useMaterialUpload(detail: Ref<CaseDetail | null>) {
  const { t } = useI18n()
  const { materials, loadMaterials } = useItemMaterials(detail)
  const files = ref<MaterialFiles>({})
  const failed = ref<FailedUpload[]>([])
  const busy = ref(false)
  const { progress, uploadAll } = useMaterialUploads()

  /** The item's materials no file has been uploaded for yet, as indexes into `materials`. */
  const missing = computed(() => {
    const uploaded = new Set((detail.value?.materials ?? []).map((material) => material.materialIndex))
    return materials.value.map((_, index) => index).filter((index) => !uploaded.has(index))
  })

  /** Upload the chosen files; answers true when at least one arrived (the case is then worth reloading). */
  async function upload(): Promise<boolean> {
    const caseNo = detail.value?.caseNo
    if (!caseNo || busy.value) return false
    busy.value = true
    try {
      const result = await uploadAll(caseNo, files.value)
      failed.value = result.failed
      files.value = failedFiles(files.value, result.failed)
      if (result.uploaded.length > 0) ElMessage.success(t('casework.supplement.uploaded', { count: result.uploaded.length }))
      return result.uploaded.length > 0
    } finally {
      busy.value = false
    }
  }

  return { materials, files, failed, busy, progress, missing, loadMaterials, upload }
}
