import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import {
  appealCard,
  confirmCard,
  fetchCard,
  reviewCard,
  type CardDetail,
  type CardMeasure,
  type ReviewDecision,
} from '@/api/supervisionCards'
import { apiProblem } from '@/api/problems'

/**
 * One supervision card and what the caller may do with it: the department's supervisor
 * confirms (with the rectification) or appeals, the bureau reviews. Each action shows the
 * card as the server answers it afterwards; a refusal shows the server's message.
 */
export function useSupervisionCard() {
  const { t } = useI18n()
  const detail = ref<CardDetail | null>(null)
  const loading = ref(false)
  const busy = ref(false)
  const notFound = ref(false)
  const errorMessage = ref<string | null>(null)
  const answer = reactive({ explanation: '', rectification: '', appealReason: '' })
  const review = reactive<{ opinion: string; measures: CardMeasure[] }>({ opinion: '', measures: [] })

  async function load(id: number): Promise<void> {
    loading.value = true
    notFound.value = false
    errorMessage.value = null
    try {
      detail.value = await fetchCard(id)
    } catch (error) {
      detail.value = null
      const problem = apiProblem(error)
      if (problem?.status === 404 || problem?.status === 403) notFound.value = true
      else errorMessage.value = problem?.message ?? t('supervisionCards.loadFailed')
    } finally {
      loading.value = false
    }
  }

  async function act(call: (id: number) => Promise<CardDetail>): Promise<boolean> {
    const id = detail.value?.card.id
    if (id === undefined || busy.value) return false
    busy.value = true
    try {
      detail.value = await call(id)
      Object.assign(answer, { explanation: '', rectification: '', appealReason: '' })
      Object.assign(review, { opinion: '', measures: [] })
      ElMessage.success(t('supervisionCards.actions.done'))
      return true
    } catch (error) {
      ElMessage.error(apiProblem(error)?.message ?? t('supervisionCards.actions.failed'))
      return false
    } finally {
      busy.value = false
    }
  }

  const confirm = () => act((id) => confirmCard(id, answer.explanation, answer.rectification))
  const appeal = () => act((id) => appealCard(id, answer.appealReason))
  const decide = (decision: ReviewDecision) =>
    act((id) =>
      reviewCard(id, { decision, opinion: review.opinion, measures: decision === 'ACCEPT' ? [...review.measures] : [] }),
    )

  return { detail, loading, busy, notFound, errorMessage, answer, review, load, confirm, appeal, decide }
}
