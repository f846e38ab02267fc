import { reactive, ref } from 'vue'
import { listCases, type CaseStatus, type CaseSummary } from '@/api/cases'
import { usePageLoader } from './usePageLoader'

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
  const filters = reactive<CaseFilters>({ status: '', department: '', overdue: '' })
  /** 1-based, as ElPagination counts. */
  const page = ref(1)
  const { items, total, loading, errorMessage, load } = usePageLoader<CaseSummary>(() => {
    const overdue = filters.overdue === '' ? null : filters.overdue === 'true'
    return listCases({ status: filters.status, department: filters.department, overdue, page: page.value - 1, size })
  }, 'casework.common.loadFailed')

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
