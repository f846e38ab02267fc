import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { complaintInput, useComplaintFiling } from './useComplaintFiling'

describe('useComplaintFiling', () => {
  it('sends only the fields the complainant filled in, trimmed, and keeps the number and code', async () => {
    const calls = fakeAdapter(() => ({
      status: 201,
      body: { complaintNo: 'TS-20261207-0001', queryCode: 'K7P2QX9A', status: 'REGISTERED', acceptanceDue: '2026-12-14' },
    }))
    const state = withSetup(useComplaintFiling)
    Object.assign(state.form, { phone: ' 13900000021 ', departmentCode: 'SFX-SCJGJ', subject: '窗口办事拖延', content: '多次推诿' })
    expect(await state.submit()).toBe(true)
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/complaints' })
    expect(calls[0].json).toEqual({ phone: '13900000021', departmentCode: 'SFX-SCJGJ', subject: '窗口办事拖延', content: '多次推诿' })
    expect(state.filed.value?.queryCode).toBe('K7P2QX9A')
  })

  it("shows the server's reason when the complaint is refused", async () => {
    fakeAdapter(() => ({ status: 400, body: { error: 'bad_request', message: '请留下手机号码，或填写办件编号及其查询码' } }))
    const state = withSetup(useComplaintFiling)
    expect(await state.submit()).toBe(false)
    expect(state.errorMessage.value).toBe('请留下手机号码，或填写办件编号及其查询码')
  })

  it('leaves the channel out unless staff chose one', () => {
    const input = complaintInput({
      complainantName: '',
      phone: '',
      caseNo: 'SFX-SCJGJ-20261207-0001',
      queryCode: '',
      departmentCode: '',
      staffName: '',
      subject: 's',
      content: 'c',
      channel: 'VISIT',
    })
    expect(input).toEqual({ caseNo: 'SFX-SCJGJ-20261207-0001', subject: 's', content: 'c', channel: 'VISIT' })
  })
})
