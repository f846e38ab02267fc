import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchPublicComplaint, rateComplaint, type PublicComplaint } from '@/api/complaints'
import { apiProblem } from '@/api/problems'
import type { SatisfactionLevel } from '@/api/ratings'

/** The complainant follows a complaint by number and query code and rates its handling once. */
export function usePublicComplaint() {
  const { t } = useI18n()
  const query = reactive({ complaintNo: '', queryCode: '' })
  const result = ref<PublicComplaint | null>(null)
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)

  async function run(action: () => Promise<PublicComplaint>): Promise<void> {
    loading.value = true
    errorMessage.value = null
    try {
      result.value = await action()
    } catch (error) {
      const problem = apiProblem(error)
      errorMessage.value =
        problem?.status === 404 ? t('complaints.lookup.notFound') : (problem?.message ?? t('complaints.lookup.failed'))
    } finally {
      loading.value = false
    }
  }

  const search = () => run(() => fetchPublicComplaint(query.complaintNo.trim(), query.queryCode.trim()))

  const rate = (level: SatisfactionLevel, comment?: string) =>
    run(() => rateComplaint(query.complaintNo.trim(), query.queryCode.trim(), level, comment))

  return { query, result, loading, errorMessage, search, rate }
}
