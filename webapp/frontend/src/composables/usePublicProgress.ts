import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchPublicCase, type PublicCase } from '@/api/cases'
import { apiProblem } from '@/api/problems'

/**
 * The anonymous progress query: case number plus query code. A wrong number or code is a
 * 404 (the same answer for both, so codes cannot be probed); asking too often is a 429.
 */
export function usePublicProgress() {
  const { t } = useI18n()
  const query = reactive({ caseNo: '', queryCode: '' })
  const result = ref<PublicCase | null>(null)
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)

  async function search(): Promise<void> {
    loading.value = true
    errorMessage.value = null
    result.value = null
    try {
      result.value = await fetchPublicCase(query.caseNo.trim(), query.queryCode.trim())
    } catch (error) {
      const problem = apiProblem(error)
      if (problem?.status === 404) errorMessage.value = t('casework.progress.notFound')
      else if (problem?.status === 429) errorMessage.value = problem.message ?? t('casework.progress.tooMany')
      else errorMessage.value = problem?.message ?? t('casework.common.failed')
    } finally {
      loading.value = false
    }
  }

  return { query, result, loading, errorMessage, search }
}
