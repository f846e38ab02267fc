import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fileComplaint, type ComplaintInput, type FiledComplaint } from '@/api/complaints'
import { apiProblem } from '@/api/problems'

export interface ComplaintForm {
  complainantName: string
  phone: string
  caseNo: string
  queryCode: string
  departmentCode: string
  staffName: string
  subject: string
  content: string
  /** Staff only: how the complaint came in. */
  channel: '' | 'PHONE' | 'VISIT'
}

const EMPTY: ComplaintForm = {
  complainantName: '',
  phone: '',
  caseNo: '',
  queryCode: '',
  departmentCode: '',
  staffName: '',
  subject: '',
  content: '',
  channel: '',
}

/** Blank fields are left out, so that the server sees only what the complainant gave. */
export function complaintInput(form: ComplaintForm): ComplaintInput {
  const input: Record<string, string> = {}
  for (const [key, value] of Object.entries(form)) {
    if (value.trim() !== '') input[key] = value.trim()
  }
  return input as unknown as ComplaintInput
}

/**
 * Filing a complaint (投诉) from the portal, or by staff from a call or a visit. The
 * answer's number and query code are what the complainant keeps to follow and rate it.
 */
export function useComplaintFiling() {
  const { t } = useI18n()
  const form = reactive<ComplaintForm>({ ...EMPTY })
  const filed = ref<FiledComplaint | null>(null)
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)

  async function submit(): Promise<boolean> {
    loading.value = true
    errorMessage.value = null
    try {
      filed.value = await fileComplaint(complaintInput(form))
      return true
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('complaints.file.failed')
      return false
    } finally {
      loading.value = false
    }
  }

  function reset(): void {
    Object.assign(form, EMPTY)
    filed.value = null
    errorMessage.value = null
  }

  return { form, filed, loading, errorMessage, submit, reset }
}
