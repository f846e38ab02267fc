import { describe, expect, it } from 'vitest'
import { missingOutcomeFields, outcomeButtonType, schemaKeys } from './outcomes'

const preCheck = {
  components: [
    { type: 'textarea', key: 'opinion' },
    { type: 'checklist', key: 'missingMaterials' },
    { type: 'group', components: [{ type: 'textfield', key: 'reason' }] },
    { type: 'text', text: '说明' },
  ],
}

describe('outcomes', () => {
  it('colours go-ahead, send-back and refusal buttons', () => {
    expect(['ACCEPT', 'REQUEST_CORRECTION', 'REJECT', 'APPROVE', 'RETURN', 'DISAGREE', 'SOMETHING'].map(outcomeButtonType)).toEqual([
      'primary',
      'warning',
      'danger',
      'primary',
      'warning',
      'danger',
      'info',
    ])
  })

  it('reads the field keys of a schema, groups included', () => {
    expect(schemaKeys(preCheck)).toEqual(['opinion', 'missingMaterials', 'reason'])
    expect(schemaKeys(null)).toEqual([])
  })

  it('asks for what an outcome needs and the form has', () => {
    const keys = schemaKeys(preCheck)
    expect(missingOutcomeFields('REQUEST_CORRECTION', { missingMaterials: [] }, keys)).toEqual(['missingMaterials'])
    expect(missingOutcomeFields('REQUEST_CORRECTION', { missingMaterials: ['营业执照'] }, keys)).toEqual([])
    expect(missingOutcomeFields('REJECT', { reason: '  ' }, keys)).toEqual(['reason'])
    expect(missingOutcomeFields('ACCEPT', {}, keys)).toEqual([])
    // The form has no returnTo: the server says what is missing.
    expect(missingOutcomeFields('RETURN', {}, keys)).toEqual([])
  })

  it('asks an enforcement application for the court and its date, and not applying for its reason', () => {
    const keys = ['courtName', 'appliedOn', 'courtReference', 'notAppliedReason', 'opinion']
    expect(missingOutcomeFields('APPLIED', { opinion: '申请强制执行' }, keys)).toEqual(['courtName', 'appliedOn'])
    expect(missingOutcomeFields('NOT_APPLIED', { courtName: '示范县人民法院' }, keys)).toEqual(['notAppliedReason'])
    expect(missingOutcomeFields('NOT_APPLIED', { notAppliedReason: '当事人已申请行政复议' }, keys)).toEqual([])
  })
})
