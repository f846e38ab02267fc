import { reactive, ref, type UnwrapRef } from 'vue'
import { usePageLoader } from './usePageLoader'

/** One page as the audit and archive endpoints answer it, with the server's page size. */
export interface SizedPage<T> {
  items: T[]
  total: number
  size: number
}

/**
 * A filtered list paged by the server: the filters, the current page (1-based, as
 * ElPagination counts) and the page size the server uses, with search (back to page 1),
 * goTo and reset (the initial filters again).
 */
export function useFilteredPages<F extends object, T>(
  initial: () => F,
  fetchPage: (filters: UnwrapRef<F>, page: number) => Promise<SizedPage<T>>,
  failedKey: string,
) {
  const filters = reactive(initial())
  const page = ref(1)
  const size = ref(20)
  const { items, total, loading, errorMessage, load } = usePageLoader<T>(async () => {
    const answer = await fetchPage(filters as UnwrapRef<F>, page.value - 1)
    size.value = answer.size
    return answer
  }, failedKey)

  async function goTo(target: number): Promise<void> {
    page.value = target
    await load()
  }

  const search = () => goTo(1)

  async function reset(): Promise<void> {
    Object.assign(filters, initial())
    await goTo(1)
  }

  return { filters, page, size, items, total, loading, errorMessage, load, search, goTo, reset }
}
