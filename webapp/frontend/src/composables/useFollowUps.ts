import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { apiProblem } from '@/api/problems'
import { completeFollowUp, listFollowUps, type CaseRating } from '@/api/ratings'

/** Bad ratings to follow up (差评整改): the department records the call-back and the fix. */
export function useFollowUps() {
  const { t } = useI18n()
  const status = ref<'' | 'OPEN' | 'DONE'>('OPEN')
  const items = ref<CaseRating[]>([])
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    errorMessage.value = null
    try {
      items.value = await listFollowUps(status.value)
    } catch (error) {
      items.value = []
      errorMessage.value = apiProblem(error)?.message ?? t('complaints.followUps.loadFailed')
    } finally {
      loading.value = false
    }
  }

  async function complete(caseNo: string, callbackNote: string, fixNote: string): Promise<boolean> {
    errorMessage.value = null
    try {
      await completeFollowUp(caseNo, callbackNote.trim(), fixNote.trim())
      await load()
      return true
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('complaints.followUps.failed')
      return false
    }
  }

  return { status, items, loading, errorMessage, load, complete }
}
