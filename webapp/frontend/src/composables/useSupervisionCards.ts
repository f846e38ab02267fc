import { reactive } from 'vue'
import { listCards, type CardLevel, type CardStatus, type CardSummary } from '@/api/supervisionCards'
import { usePageLoader } from './usePageLoader'

export interface SupervisionCardFilters {
  department: string
  status: CardStatus | ''
  level: CardLevel | ''
}

/**
 * The supervision cards the caller may see (GET /api/supervision/cards): the server
 * decides the scope (own department, or the bureau's region and below).
 */
export function useSupervisionCards() {
  const filters = reactive<SupervisionCardFilters>({ department: '', status: '', level: '' })
  const { items, loading, errorMessage, load } = usePageLoader<CardSummary>(async () => {
    const cards = await listCards({ ...filters })
    return { items: cards, total: cards.length }
  }, 'supervisionCards.loadFailed')

  async function reset(): Promise<void> {
    Object.assign(filters, { department: '', status: '', level: '' })
    await load()
  }

  return { filters, items, loading, errorMessage, load, reset }
}
