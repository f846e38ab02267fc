import { ref, watch, type Ref } from 'vue'
import { benchmark, type Benchmark, type LiabilityFactors } from '@/api/penalty'
import { apiProblem } from '@/api/problems'

/**
 * The DMN-computed band for the circumstances being entered (POST /api/penalty/benchmark),
 * asked again whenever they change; an older, slower answer never overwrites a newer one.
 */
export function usePenaltyBenchmark(legalBasis: Ref<string>, goodsValue: Ref<number | null>, factors: LiabilityFactors) {
  const band = ref<Benchmark | null>(null)
  const errorMessage = ref<string | null>(null)
  let latest = 0

  async function refresh(): Promise<void> {
    const request = ++latest
    if (!legalBasis.value) {
      band.value = null
      return
    }
    try {
      const answer = await benchmark(legalBasis.value, goodsValue.value, { ...factors })
      if (request === latest) {
        band.value = answer
        errorMessage.value = null
      }
    } catch (error) {
      if (request === latest) {
        band.value = null
        errorMessage.value = apiProblem(error)?.message ?? null
      }
    }
  }

  watch([legalBasis, goodsValue, () => ({ ...factors })], refresh, { deep: true, immediate: true })

  return { band, errorMessage, refresh }
}
