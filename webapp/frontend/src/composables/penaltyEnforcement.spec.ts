import { describe, expect, it } from 'vitest'
import { enforcementBody, enforcementFirstDay, missingEnforcementField, type EnforcementForm } from './penaltyEnforcement'

const blank: EnforcementForm = { outcome: 'APPLIED', court: '', appliedOn: '', courtReference: '', opinion: '', reason: '' }

describe('missingEnforcementField', () => {
  it('needs the court for an application and the reason for not applying', () => {
    expect(missingEnforcementField(blank)).toBe('court')
    expect(missingEnforcementField({ ...blank, court: '  ' })).toBe('court')
    expect(missingEnforcementField({ ...blank, court: '示范县人民法院' })).toBeNull()
    expect(missingEnforcementField({ ...blank, outcome: 'NOT_APPLIED', court: '示范县人民法院' })).toBe('reason')
    expect(missingEnforcementField({ ...blank, outcome: 'NOT_APPLIED', reason: '当事人已提起行政诉讼' })).toBeNull()
  })
})

describe('enforcementBody', () => {
  it('sends the application without blanks, so the server takes today for a missing date', () => {
    expect(enforcementBody({ ...blank, court: ' 示范县人民法院 ', opinion: '逾期不缴纳罚款' })).toEqual({
      outcome: 'APPLIED',
      court: '示范县人民法院',
      opinion: '逾期不缴纳罚款',
    })
    expect(enforcementBody({ ...blank, court: '示范县人民法院', appliedOn: '2027-09-02', courtReference: '（2027）闽0102行审12号' }))
      .toEqual({ outcome: 'APPLIED', court: '示范县人民法院', appliedOn: '2027-09-02', courtReference: '（2027）闽0102行审12号' })
  })

  it('drops what was typed for an application when the agency does not apply', () => {
    expect(enforcementBody({ ...blank, outcome: 'NOT_APPLIED', court: '示范县人民法院', reason: '执行标的灭失' })).toEqual({
      outcome: 'NOT_APPLIED',
      reason: '执行标的灭失',
    })
  })
})

describe('enforcementFirstDay', () => {
  it('is the day after the window opens, across months and leap days', () => {
    expect(enforcementFirstDay('2027-09-01')).toBe('2027-09-02')
    expect(enforcementFirstDay('2027-09-30')).toBe('2027-10-01')
    expect(enforcementFirstDay('2028-02-28')).toBe('2028-02-29')
  })
})
