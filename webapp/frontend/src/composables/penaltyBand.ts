import type { Benchmark } from '@/api/penalty'

/** Where a proposed fine stands against its benchmark: what the officer sees beside it. */
export type BandPosition = 'IN_BAND' | 'OUTSIDE_BAND' | 'ABOVE_MAXIMUM' | 'NONE'

export function bandPosition(fine: number | null | undefined, band: Benchmark | null): BandPosition {
  if (band === null || fine === null || fine === undefined || Number.isNaN(fine)) return 'NONE'
  if (fine > band.statutoryMax) return 'ABOVE_MAXIMUM'
  return fine >= band.bandMin && fine <= band.bandMax ? 'IN_BAND' : 'OUTSIDE_BAND'
}

/** Amounts as the documents print them: 18,500 元. */
export function yuan(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '—'
  return `${amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`
}
