import { reactive, ref } from 'vue'
import { listComplaints, type ComplaintStatus, type ComplaintSummary } from '@/api/complaints'
import { usePageLoader } from './usePageLoader'

/**
 * The complaints a user oversees (GET /api/complaints): the server scopes them to the
 * department supervisor's department, the bureau's region, or what the caller filed.
 */
export function useComplaintList(size = 20) {
  const filters = reactive<{ status: ComplaintStatus | ''; overdue: '' | 'true' }>({ status: '', overdue: '' })
  const page = ref(1)
  const { items, total, loading, errorMessage, load } = usePageLoader<ComplaintSummary>(
    () =>
      listComplaints({
        status: filters.status,
        overdue: filters.overdue === 'true' ? true : null,
        page: page.value - 1,
        size,
      }),
    'complaints.list.loadFailed',
  )

  async function goTo(target: number): Promise<void> {
    page.value = target
    await load()
  }

  return { filters, page, size, items, total, loading, errorMessage, load, goTo, search: () => goTo(1) }
}
