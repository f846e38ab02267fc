import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { supplementCase, type CaseDetail } from '@/api/cases'
import { apiProblem } from '@/api/problems'
import type { MaterialFiles } from '@/utils/upload'
import { failedFiles, useItemMaterials, useMaterialUploads, type FailedUpload } from './useMaterialUploads'

/**
 * Supplying what a correction request (一次性告知补正) asked for: upload files per material
 * of the case's item, then POST /api/cases/{caseNo}/supplement. Files that failed stay chosen
 * and the supplement waits, so nothing is declared complete that is not there.
 */
export function useCaseSupplement(detail: Ref<CaseDetail | null>) {
  const { t } = useI18n()
  const { materials, loadMaterials } = useItemMaterials(detail)
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

  /** Upload the chosen files; then, when all arrived, declare the correction done. Answers the updated case. */
  async function submit(): Promise<CaseDetail | null> {
    const caseNo = detail.value?.caseNo
    if (!caseNo || busy.value) return null
    busy.value = true
    try {
      const result = await uploadAll(caseNo, files.value)
      failed.value = result.failed
      files.value = failedFiles(files.value, result.failed)
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
