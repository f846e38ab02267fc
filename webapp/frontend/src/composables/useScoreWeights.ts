import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { getScoreWeights, putScoreWeights, WEIGHT_NAMES, type ScoreWeights } from '@/api/scores'
import { serverMessage } from '@/api/errors'

export const WEIGHT_TOTAL = 100

/** The score weights for the bureau's editor: read, check (non-negative, summing to 100), save. */
export function useScoreWeights() {
  const { t } = useI18n()
  const weights = ref<ScoreWeights | null>(null)
  const saving = ref(false)
  const errorMessage = ref('')
  const saved = ref(false)

  const sum = computed(() => (weights.value ? WEIGHT_NAMES.reduce((total, name) => total + (weights.value?.[name] ?? 0), 0) : 0))
  const problem = computed(() => {
    if (!weights.value) return ''
    if (WEIGHT_NAMES.some((name) => !Number.isInteger(weights.value?.[name]) || (weights.value?.[name] ?? 0) < 0)) {
      return t('scores.weights.negative')
    }
    return sum.value === WEIGHT_TOTAL ? '' : t('scores.weights.sum', { sum: sum.value })
  })

  async function load(): Promise<void> {
    try {
      weights.value = await getScoreWeights()
      errorMessage.value = ''
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('scores.loadFailed')
    }
  }

  /** Saves the weights; false (with a message) when they are not valid or the server refused. */
  async function save(): Promise<boolean> {
    saved.value = false
    if (!weights.value || problem.value) return false
    saving.value = true
    try {
      weights.value = await putScoreWeights(weights.value)
      errorMessage.value = ''
      saved.value = true
      return true
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('scores.weights.saveFailed')
      return false
    } finally {
      saving.value = false
    }
  }

  return { weights, sum, problem, saving, saved, errorMessage, load, save }
}
