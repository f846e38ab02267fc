import { reactive, ref, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { ITEM_KINDS, ITEM_STATUSES, listItems, type ItemKind, type ItemStatus, type ItemSummary } from '@/api/catalog'
import { usePageLoader } from './usePageLoader'

export interface ItemFilters {
  q: string
  kind: ItemKind | ''
  department: string
  status: ItemStatus | ''
}

export const DEFAULT_PAGE_SIZE = 20

function first(value: LocationQuery[string] | undefined): string {
  const single = Array.isArray(value) ? value[0] : value
  return typeof single === 'string' ? single : ''
}

/** Filters and 1-based page from the URL; unknown enum values are dropped. */
export function filtersFromQuery(query: LocationQuery): { filters: ItemFilters; page: number } {
  const kind = first(query.kind)
  const status = first(query.status)
  const page = Number.parseInt(first(query.page), 10)
  return {
    filters: {
      q: first(query.q),
      kind: (ITEM_KINDS as readonly string[]).includes(kind) ? (kind as ItemKind) : '',
      department: first(query.department),
      status: (ITEM_STATUSES as readonly string[]).includes(status) ? (status as ItemStatus) : '',
    },
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** The URL query for filters and a page: only what is set, so links stay short. */
export function queryFromFilters(filters: ItemFilters, page: number): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  const q = filters.q.trim()
  if (q) query.q = q
  if (filters.kind) query.kind = filters.kind
  if (filters.department) query.department = filters.department
  if (filters.status) query.status = filters.status
  if (page > 1) query.page = String(page)
  return query
}

function sameQuery(a: LocationQueryRaw, b: LocationQuery): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].every((key) => String(a[key] ?? '') === first(b[key]))
}

/**
 * A paged, filtered item list kept in the URL (?q=&kind=&department=&status=&page=), so
 * that the back button and shared links restore the search. Used by the public guide
 * (published items) and by the reform office's catalog list (every status).
 */
export function useItemSearch(options: { size?: number; status?: ItemStatus } = {}) {
  const route = useRoute()
  const router = useRouter()
  const size = options.size ?? DEFAULT_PAGE_SIZE

  const filters = reactive<ItemFilters>({ q: '', kind: '', department: '', status: '' })
  /** 1-based, as ElPagination counts. */
  const page = ref(1)
  const { items, total, loading, errorMessage, load } = usePageLoader<ItemSummary>(
    () => listItems({ ...filters, status: options.status ?? filters.status, page: page.value - 1, size }),
    'catalog.list.loadFailed',
  )

  function applyRoute(): void {
    const parsed = filtersFromQuery(route.query)
    Object.assign(filters, parsed.filters)
    page.value = parsed.page
  }

  /** Show `targetPage` of the current filters (and remember them in the URL). */
  async function goTo(targetPage: number): Promise<void> {
    page.value = targetPage
    const query = queryFromFilters(filters, targetPage)
    if (sameQuery(query, route.query)) await load()
    else await router.push({ query })
  }

  const search = () => goTo(1)

  async function reset(): Promise<void> {
    Object.assign(filters, { q: '', kind: '', department: '', status: '' })
    await goTo(1)
  }

  // The page's own route: leaving it changes the query too, which must not search again.
  const ownRoute = route.name
  watch(
    () => route.query,
    () => {
      if (route.name !== ownRoute) return
      applyRoute()
      void load()
    },
    { immediate: true },
  )

  return { filters, page, size, items, total, loading, errorMessage, search, goTo, reset, reload: load }
}
