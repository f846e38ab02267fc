import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchItem, type ItemMaterial } from '@/api/catalog'
import { uploadMaterial, type CaseDetail, type CaseMaterial } from '@/api/cases'
import { apiProblem } from '@/api/problems'
import { filesInOrder, type MaterialFiles } from '@/utils/upload'

export interface FailedUpload {
  materialIndex: number
  fileName: string
  message: string
}

export interface UploadProgress {
  done: number
  total: number
}

/**
 * Uploading the files chosen per material to a case, one POST each in material order.
 * A failed file does not stop the others; it comes back in `failed` with the server's reason.
 */
export function useMaterialUploads() {
  const { t } = useI18n()
  const progress = ref<UploadProgress | null>(null)

  async function uploadAll(caseNo: string, files: MaterialFiles): Promise<{ uploaded: CaseMaterial[]; failed: FailedUpload[] }> {
    const queue = filesInOrder(files)
    const uploaded: CaseMaterial[] = []
    const failed: FailedUpload[] = []
    progress.value = { done: 0, total: queue.length }
    try {
      for (const { materialIndex, file } of queue) {
        try {
          uploaded.push(await uploadMaterial(caseNo, materialIndex, file))
        } catch (error) {
          failed.push({ materialIndex, fileName: file.name, message: apiProblem(error)?.message ?? t('casework.common.failed') })
        }
        progress.value = { done: uploaded.length + failed.length, total: queue.length }
      }
    } finally {
      progress.value = null
    }
    return { uploaded, failed }
  }

  return { progress, uploadAll }
}

/** The files of `files` that failed to upload, kept chosen so that the applicant can retry them. */
export function failedFiles(files: MaterialFiles, failed: FailedUpload[]): MaterialFiles {
  const kept: MaterialFiles = {}
  for (const [index, list] of Object.entries(files)) {
    const left = list.filter((file) => failed.some((entry) => entry.fileName === file.name && entry.materialIndex === Number(index)))
    if (left.length > 0) kept[Number(index)] = left
  }
  return kept
}

/** The case's item's materials, to pick files for (the published version is what the public may read). */
export function useItemMaterials(detail: Ref<CaseDetail | null>) {
  const materials = ref<ItemMaterial[]>([])

  async function loadMaterials(): Promise<void> {
    const code = detail.value?.itemCode
    if (!code) return
    try {
      materials.value = (await fetchItem(code)).materials
    } catch (error) {
      materials.value = []
      console.warn('Could not read the item materials', error)
    }
  }

  return { materials, loadMaterials }
}
