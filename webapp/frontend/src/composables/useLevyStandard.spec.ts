import { describe, expect, it, vi } from 'vitest'
import { useLevyStandard } from './useLevyStandard'

vi.mock('@/api/levy', () => ({
  standardAmount: vi.fn(async (query: { quantity?: string }) => ({
    found: true,
    rule: 'ZJJ-INFRASTRUCTURE-60',
    basis: '地上计费建筑面积 × 60 元/平方米',
    unit: '平方米',
    rate: 60,
    amount: Number(query.quantity) * 60,
  })),
}))

describe('useLevyStandard', () => {
  it('asks for the standard amount once the quantity is a number', async () => {
    const { standard, update } = useLevyStandard(() => 'SFX-ZJJ-ZS-0001')
    await update({ quantity: '12x' })
    expect(standard.value).toBeNull()
    await update({ quantity: '100' })
    expect(standard.value?.amount).toBe(6000)
  })

  it('shows nothing without an item', async () => {
    const { standard, update } = useLevyStandard(() => undefined)
    await update({ quantity: '100' })
    expect(standard.value).toBeNull()
  })
})
