import { describe, expect, it } from 'vitest'
import { bandPosition, yuan } from './penaltyBand'
import type { Benchmark } from '@/api/penalty'

const general: Benchmark = {
  outcome: 'GENERAL',
  outcomeVersion: 1,
  statutoryMin: 5000,
  statutoryMax: 50000,
  bandMin: 18500,
  bandMax: 36500,
  bandVersion: 1,
}

describe('bandPosition', () => {
  it('places a fine inside the band, both ends included', () => {
    expect(bandPosition(18500, general)).toBe('IN_BAND')
    expect(bandPosition(36500, general)).toBe('IN_BAND')
  })

  it('flags a fine outside the band, which needs a written reason', () => {
    expect(bandPosition(18499.99, general)).toBe('OUTSIDE_BAND')
    expect(bandPosition(40000, general)).toBe('OUTSIDE_BAND')
  })

  it('flags a fine above the statutory maximum', () => {
    expect(bandPosition(50000.01, general)).toBe('ABOVE_MAXIMUM')
  })

  it('says nothing without a fine or a band', () => {
    expect(bandPosition(null, general)).toBe('NONE')
    expect(bandPosition(1000, null)).toBe('NONE')
  })
})

describe('yuan', () => {
  it('prints amounts with separators', () => {
    expect(yuan(18500)).toBe('18,500 元')
    expect(yuan(null)).toBe('—')
  })
})
