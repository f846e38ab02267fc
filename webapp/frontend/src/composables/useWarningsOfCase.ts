import { ref } from 'vue'
import { listCaseWarnings, type SupervisionWarning } from '@/api/warnings'
import { apiProblem } from '@/api/problems'

/**
 * The warnings beside one case on the workbench. Nothing to show (`warnings` empty) when
 * the case has none, and also when the server answers 403 or 404: whoever may not read the
 * case's supervision simply sees no block. Other failures say so in `failed`.
 */
export function useWarningsOfCase() {
  const warnings = ref<SupervisionWarning[]>([])
  const failed = ref(false)
  let latest = 0

  async function load(caseNo: string): Promise<void> {
    const request = ++latest
    failed.value = false
    try {
      const answer = await listCaseWarnings(caseNo)
      if (request === latest) warnings.value = answer
    } catch (error) {
      if (request !== latest) return
      warnings.value = []
      const status = apiProblem(error)?.status
      failed.value = status !== 403 && status !== 404
    }
  }

  return { warnings, failed, load }
}
