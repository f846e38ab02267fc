import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { penaltyCase, takeStep, type PenaltyDetail, type PenaltyStep } from '@/api/penalty'
import { apiProblem } from '@/api/problems'

/** One penalty case and the steps taken on it; every step reloads the case. */
export function usePenaltyCase(caseNo: () => string) {
  const { t } = useI18n()
  const detail = ref<PenaltyDetail | null>(null)
  const loading = ref(false)
  const busy = ref(false)
  const errorMessage = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    try {
      detail.value = await penaltyCase(caseNo())
      errorMessage.value = null
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('penalty.loadFailed')
    } finally {
      loading.value = false
    }
  }

  /** Runs an action (a step or a record); answers whether it worked. */
  async function act(action: () => Promise<unknown>): Promise<boolean> {
    busy.value = true
    errorMessage.value = null
    try {
      await action()
      await load()
      return true
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('penalty.actionFailed')
      return false
    } finally {
      busy.value = false
    }
  }

  function step(name: PenaltyStep, body: object = {}): Promise<boolean> {
    return act(() => takeStep(caseNo(), name, body))
  }

  return { detail, loading, busy, errorMessage, load, act, step }
}
