import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { apiProblem } from '@/api/problems'
import { fetchRating, rateCase, type CaseRating, type RatingTarget, type SatisfactionLevel } from '@/api/ratings'

/**
 * Rating one closed case (好差评): reads the rating it may already have, and sends the
 * applicant's one rating. A second rating (409) or a case not closed (400) shows the
 * server's message.
 */
export function useCaseRating(target: () => RatingTarget | null) {
  const { t } = useI18n()
  const form = reactive<{ level: SatisfactionLevel | ''; comment: string }>({ level: '', comment: '' })
  const rating = ref<CaseRating | null>(null)
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)

  async function load(): Promise<void> {
    const current = target()
    if (!current) return
    try {
      rating.value = await fetchRating(current)
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('complaints.rating.loadFailed')
    }
  }

  async function submit(): Promise<boolean> {
    const current = target()
    if (!current || !form.level) {
      errorMessage.value = t('complaints.rating.levelRequired')
      return false
    }
    loading.value = true
    errorMessage.value = null
    try {
      const comment = form.comment.trim()
      rating.value = await rateCase(current, { level: form.level, comment: comment || undefined })
      return true
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('complaints.rating.failed')
      return false
    } finally {
      loading.value = false
    }
  }

  return { form, rating, loading, errorMessage, load, submit }
}
