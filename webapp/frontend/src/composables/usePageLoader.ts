import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { apiProblem } from '@/api/problems'

/** One page of a list as the list endpoints answer it. */
export interface ListPage<T> {
  items: T[]
  total: number
}

/**
 * Loading one page of a list at a time: `load()` asks `fetchPage` and shows its answer,
 * unless a newer `load()` has started meanwhile (a slower, older answer must not overwrite
 * a newer search). A failure empties the list and shows the server's message, or `failedKey`.
 */
export function usePageLoader<T>(fetchPage: () => Promise<ListPage<T>>, failedKey: string) {
  const { t } = useI18n()
  const items = ref([]) as Ref<T[]>
  const total = ref(0)
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    loading.value = true
    errorMessage.value = null
    try {
      const answer = await fetchPage()
      if (request !== latest) return
      items.value = answer.items
      total.value = answer.total
    } catch (error) {
      if (request !== latest) return
      items.value = []
      total.value = 0
      errorMessage.value = apiProblem(error)?.message ?? t(failedKey)
    } finally {
      if (request === latest) loading.value = false
    }
  }

  return { items, total, loading, errorMessage, load }
}
