import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchComplaint, takeComplaintStep, type ComplaintDetail, type ComplaintStepInput } from '@/api/complaints'
import { apiProblem } from '@/api/problems'

/** One complaint for staff, and the step the caller takes on it (the server says which it may). */
export function useComplaintDetail(complaintNo: () => string) {
  const { t } = useI18n()
  const complaint = ref<ComplaintDetail | null>(null)
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)
  const stepError = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    errorMessage.value = null
    try {
      complaint.value = await fetchComplaint(complaintNo())
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('complaints.detail.loadFailed')
    } finally {
      loading.value = false
    }
  }

  async function take(input: ComplaintStepInput): Promise<boolean> {
    stepError.value = null
    try {
      complaint.value = await takeComplaintStep(complaintNo(), input)
      return true
    } catch (error) {
      stepError.value = apiProblem(error)?.message ?? t('complaints.detail.stepFailed')
      return false
    }
  }

  return { complaint, loading, errorMessage, stepError, load, take }
}
