import { ref } from 'vue'
import { standardAmount, type StandardAmount } from '@/api/levy'

const DECIMAL = /^\d+(\.\d{1,2})?$/

/**
 * The amount the published standard gives for what the handler has entered so far in the
 * assessment form (核定), so that the computed amount is shown beside any override.
 */
export function useLevyStandard(itemCode: () => string | undefined) {
  const standard = ref<StandardAmount | null>(null)
  let latest = 0

  async function update(values: Record<string, unknown>): Promise<void> {
    const code = itemCode()
    const quantity = String(values.quantity ?? '').trim()
    const unitCost = String(values.unitCost ?? '').trim()
    if (!code || !DECIMAL.test(quantity) || (unitCost !== '' && !DECIMAL.test(unitCost))) {
      standard.value = null
      return
    }
    const request = ++latest
    try {
      const answer = await standardAmount({ itemCode: code, quantity, unitCost, exempt: values.exempt === true })
      if (request === latest) standard.value = answer
    } catch {
      if (request === latest) standard.value = null
    }
  }

  return { standard, update }
}
