import { describe, expect, it } from 'vitest'
import { deadlineLevel } from './deadline'

describe('deadlineLevel', () => {
  it('grades the working days left', () => {
    expect([-1, 0, 1, 2, 3, 4, 20].map(deadlineLevel)).toEqual(['overdue', 'overdue', 'due', 'near', 'near', 'ok', 'ok'])
  })

  it('has no level without a deadline', () => {
    expect(deadlineLevel(null)).toBe('none')
    expect(deadlineLevel(undefined)).toBe('none')
  })
})
