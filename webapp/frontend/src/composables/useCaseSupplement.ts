import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { fetchItem, type ItemMaterial } from '@/api/catalog'
import { supplementCase, type CaseDetail } from '@/api/cases'
import { apiProblem } from '@/api/problems'
import type { MaterialFiles } from '@/utils/upload'
import { useMaterialUploads, type FailedUpload } from './useMaterialUploads'

/**
 * Supplying what a correction request (一次性告知补正) asked for: upload files per material
 * of the case's item, then POST /api/cases/{caseNo}/supplement. Files that failed stay chosen
 * and the supplement waits, so nothing is declared complete that is not there.
 */
export function useCaseSupplement(detail: Ref<CaseDetail | null>) {
  const { t } = useI18n()
  const materials = ref<ItemMaterial[]>([])
  const files = ref<MaterialFiles>({})
  const note = ref('')
  const failed = ref<FailedUpload[]>([])
  const busy = ref(false)
  const { progress, uploadAll } = useMaterialUploads()

  /**
   * The latest correction request on the timeline: the materials the applicant was told to bring
   * (the event's `detail`, one per line). Its `opinion` is the clerk's internal review opinion
   * (审查意见), not meant for the applicant; the correction note (补正说明) is in the notice.
   */
  const request = computed(() => {
    const entries = (detail.value?.timeline ?? []).filter((entry) => entry.kind === 'CORRECTION_REQUESTED')
    const last = entries[entries.length - 1]
    return (last?.detail ?? '')
      .split(/[；;\n]/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
  })

  /** The item's materials, to pick files for (the published version is what the public may read). */
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

  function keepFailed(): void {
    const kept: MaterialFiles = {}
    for (const [index, list] of Object.entries(files.value)) {
      const left = list.filter((file) => failed.value.some((entry) => entry.fileName === file.name && entry.materialIndex === Number(index)))
      if (left.length > 0) kept[Number(index)] = left
    }
    files.value = kept
  }

  /** Upload the chosen files; then, when all arrived, declare the correction done. Answers the updated case. */
  async function submit(): Promise<CaseDetail | null> {
    const caseNo = detail.value?.caseNo
    if (!caseNo || busy.value) return null
    busy.value = true
    try {
      const result = await uploadAll(caseNo, files.value)
      failed.value = result.failed
      keepFailed()
      if (result.failed.length > 0) return null
      const updated = await supplementCase(caseNo, note.value.trim())
      note.value = ''
      ElMessage.success(t('casework.supplement.done'))
      return updated
    } catch (error) {
      ElMessage.error(apiProblem(error)?.message ?? t('casework.common.failed'))
      return null
    } finally {
      busy.value = false
    }
  }

  return { materials, files, note, failed, busy, progress, request, loadMaterials, submit }
}
