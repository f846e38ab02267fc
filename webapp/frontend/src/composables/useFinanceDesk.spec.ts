import { describe, expect, it } from 'vitest'
import { mondayOf } from './useFinanceDesk'
import { yuan } from './useCashierWindow'

describe('mondayOf', () => {
  it('finds the Monday a reconciliation week starts on', () => {
    expect(mondayOf('2027-03-08')).toBe('2027-03-08')
    expect(mondayOf('2027-03-10')).toBe('2027-03-08')
    expect(mondayOf('2027-03-14')).toBe('2027-03-08')
    expect(mondayOf('2027-03-15')).toBe('2027-03-15')
  })
})

describe('yuan', () => {
  it('shows amounts in yuan with two decimals, from yuan or fen', () => {
    expect(yuan(74070)).toBe('74070.00')
    expect(yuan(600000, true)).toBe('6000.00')
    expect(yuan(null)).toBe('—')
  })
})
