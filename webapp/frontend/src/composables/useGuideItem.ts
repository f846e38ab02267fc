import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchItem, type CatalogItem } from '@/api/catalog'
import { apiProblem } from '@/api/problems'

/** One published item for the public service guide. */
export function useGuideItem() {
  const { t } = useI18n()
  const item = ref<CatalogItem | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const errorMessage = ref<string | null>(null)
  let latest = 0

  async function load(code: string): Promise<void> {
    const request = ++latest
    loading.value = true
    notFound.value = false
    errorMessage.value = null
    try {
      const answer = await fetchItem(code)
      if (request === latest) item.value = answer
    } catch (error) {
      if (request !== latest) return
      item.value = null
      const problem = apiProblem(error)
      if (problem?.status === 404) notFound.value = true
      else errorMessage.value = problem?.message ?? t('guide.loadFailed')
    } finally {
      if (request === latest) loading.value = false
    }
  }

  return { item, loading, notFound, errorMessage, load }
}
