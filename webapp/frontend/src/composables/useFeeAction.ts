import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { apiProblem } from '@/api/problems'

/**
 * One call of the fee API at a time, for the cashier and finance views: a busy flag, the
 * server's message when it fails, a success toast when it works.
 */
export function useFeeAction() {
  const { t } = useI18n()
  const busy = ref(false)
  const errorMessage = ref<string | null>(null)

  async function run<T>(action: () => Promise<T>, success?: string): Promise<T | null> {
    busy.value = true
    errorMessage.value = null
    try {
      const result = await action()
      if (success) ElMessage.success(success)
      return result
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('fees.failed')
      return null
    } finally {
      busy.value = false
    }
  }

  return { busy, errorMessage, run }
}
