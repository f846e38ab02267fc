import { computed, reactive, ref } from 'vue'
import { listWarnings, type SupervisionWarning, type WarningLevel, type WarningStatus } from '@/api/warnings'
import { usePageLoader } from './usePageLoader'

export interface WarningFilters {
  department: string
  level: WarningLevel | ''
  status: WarningStatus | ''
  /** First and last day raised (YYYY-MM-DD, both inclusive), or null for any day. */
  days: [string, string] | null
}

export const WARNING_PAGE_SIZE = 20

/** The server answers at most this many warnings, newest first (WarningQueries.MAX_ROWS). */
export const WARNING_MAX_ROWS = 1000

const EMPTY: WarningFilters = { department: '', level: '', status: '', days: null }

/**
 * The supervisors' warning list (GET /api/supervision/warnings), filtered by department,
 * level, status and the days raised. The server scopes it to the departments the caller
 * supervises and answers it in one piece; the list pages it here.
 */
export function useWarningList(size = WARNING_PAGE_SIZE) {
  const filters = reactive<WarningFilters>({ ...EMPTY })
  /** 1-based, as ElPagination counts. */
  const page = ref(1)
  const { items: all, total, loading, errorMessage, load } = usePageLoader<SupervisionWarning>(async () => {
    const [from, to] = filters.days ?? ['', '']
    const answer = await listWarnings({ department: filters.department, level: filters.level, status: filters.status, from, to })
    return { items: answer, total: answer.length }
  }, 'warnings.loadFailed')

  const truncated = computed(() => total.value >= WARNING_MAX_ROWS)
  const items = computed(() => all.value.slice((page.value - 1) * size, page.value * size))

  async function search(): Promise<void> {
    page.value = 1
    await load()
  }

  async function reset(): Promise<void> {
    Object.assign(filters, EMPTY)
    await search()
  }

  function goTo(target: number): void {
    page.value = target
  }

  return { filters, page, size, items, total, truncated, loading, errorMessage, load, search, reset, goTo }
}
