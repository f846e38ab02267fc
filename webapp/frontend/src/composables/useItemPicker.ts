import { ref } from 'vue'
import { listItems, type ItemSummary } from '@/api/catalog'
import { useSessionStore } from '@/stores/session'

/**
 * Published items of the clerk's department to file a window application for, found by
 * name or code (GET /api/items, which answers published items to everybody but the reform office).
 */
export function useItemPicker(size = 20) {
  const session = useSessionStore()
  const options = ref<ItemSummary[]>([])
  const searching = ref(false)
  let latest = 0

  async function search(q = ''): Promise<void> {
    const request = ++latest
    searching.value = true
    try {
      const page = await listItems({ q, department: session.user?.department?.code ?? '', status: 'PUBLISHED', size })
      if (request === latest) options.value = page.items.filter((item) => item.status === 'PUBLISHED')
    } catch (error) {
      if (request === latest) options.value = []
      console.warn('Could not search the items', error)
    } finally {
      if (request === latest) searching.value = false
    }
  }

  return { options, searching, search }
}
