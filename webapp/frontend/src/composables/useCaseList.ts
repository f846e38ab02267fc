import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { listCases, type CaseStatus, type CaseSummary } from '@/api/cases'
import { apiProblem } from '@/api/problems'

export interface CaseFilters {
  status: CaseStatus | ''
  department: string
  /** '' for all, else only overdue ('true') or only on time ('false'). */
  overdue: '' | 'true' | 'false'
}

export const CASE_PAGE_SIZE = 20

/**
 * A paged case list (GET /api/cases). The server decides whose cases they are: the
 * applicant's own, the department's, or the region's for supervisors.
 */
export function useCaseList(size = CASE_PAGE_SIZE) {
  const { t } = useI18n()
  const filters = reactive<CaseFilters>({ status: '', department: '', overdue: '' })
  /** 1-based, as ElPagination counts. */
  const page = ref(1)
  const items = ref<CaseSummary[]>([])
  const total = ref(0)
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    loading.value = true
    errorMessage.value = null
    try {
      const overdue = filters.overdue === '' ? null : filters.overdue === 'true'
      const answer = await listCases({ status: filters.status, department: filters.department, overdue, page: page.value - 1, size })
      if (request !== latest) return
      items.value = answer.items
      total.value = answer.total
    } catch (error) {
      if (request !== latest) return
      items.value = []
      total.value = 0
      errorMessage.value = apiProblem(error)?.message ?? t('casework.common.loadFailed')
    } finally {
      if (request === latest) loading.value = false
    }
  }

  async function goTo(target: number): Promise<void> {
    page.value = target
    await load()
  }

  const search = () => goTo(1)

  async function reset(): Promise<void> {
    Object.assign(filters, { status: '', department: '', overdue: '' })
    await goTo(1)
  }

  return { filters, page, size, items, total, loading, errorMessage, load, search, goTo, reset }
}
