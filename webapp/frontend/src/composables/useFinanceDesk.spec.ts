import { describe, expect, it } from 'vitest'
import { fakeAdapter, type FakeReply, type RecordedCall } from '@/testing/fakeAdapter'
import { centralWindow as central, demoCashier as cashier } from '@/testing/feeFixtures'
import { withSetup } from '@/testing/withSetup'
import { mondayOf, useFinanceDesk, windowProblems } from './useFinanceDesk'
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

describe('windowProblems', () => {
  const form = { code: 'ZWFW-02', name: '集中收费窗口（1 楼 2 号）', departmentCode: '', central: true }

  it('needs a code and a name, the department being optional', () => {
    expect(windowProblems(form)).toEqual({})
    expect(windowProblems({ ...form, code: ' ', name: '' })).toEqual({ code: 'fees.windows.codeRequired', name: 'fees.windows.nameRequired' })
  })

  it('takes the codes the server takes, lower case as meant', () => {
    expect(windowProblems({ ...form, code: 'zwfw-02' })).toEqual({})
    expect(windowProblems({ ...form, code: 'Z' })).toEqual({ code: 'fees.windows.codePattern' })
    expect(windowProblems({ ...form, code: 'ZWFW 02' })).toEqual({ code: 'fees.windows.codePattern' })
    expect(windowProblems({ ...form, code: 'Z'.repeat(33) })).toEqual({ code: 'fees.windows.codePattern' })
  })

  it('keeps names to 100 characters', () => {
    expect(windowProblems({ ...form, name: '窗'.repeat(100) })).toEqual({})
    expect(windowProblems({ ...form, name: '窗'.repeat(101) })).toEqual({ name: 'fees.windows.nameTooLong' })
  })
})

describe('useFinanceDesk windows', () => {
  function backend(change: (call: RecordedCall) => FakeReply = () => ({ status: 201, body: {} })) {
    return fakeAdapter((call) => {
      if (call.method !== 'GET') return change(call)
      if (call.url === '/api/fees/windows') return { status: 200, body: [central] }
      if (call.url === '/api/fees/staff') return { status: 200, body: [cashier] }
      return { status: 200, body: [] }
    })
  }

  it('reads the windows with their staff and who may be put at one', async () => {
    backend()
    const desk = withSetup(() => useFinanceDesk())
    await desk.load()
    expect(desk.windows.value).toEqual([central])
    expect(desk.feeTakers.value).toEqual([cashier])
    expect(desk.books.value).toEqual([])
  })

  it('opens a window with its code in capitals and no department as none, then reads the list again', async () => {
    const calls = backend()
    const desk = withSetup(() => useFinanceDesk())
    const opened = await desk.openWindow({ code: ' zwfw-02 ', name: ' 二楼收费窗口 ', departmentCode: '', central: false })
    expect(opened).toBe(true)
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: '/api/fees/windows',
      json: { code: 'ZWFW-02', name: '二楼收费窗口', departmentCode: null, central: false },
    })
    expect(calls.slice(1).map((call) => call.url)).toContain('/api/fees/windows')
    expect(desk.windows.value).toEqual([central])
  })

  it('sends no window the server would refuse', async () => {
    const calls = backend()
    const desk = withSetup(() => useFinanceDesk())
    expect(await desk.openWindow({ code: 'ZW 02', name: '二楼收费窗口', departmentCode: '', central: false })).toBe(false)
    expect(await desk.openWindow({ code: 'ZWFW-02', name: ' ', departmentCode: 'SFX-ZJJ', central: false })).toBe(false)
    expect(calls).toHaveLength(0)
  })

  it("shows the server's refusal and keeps the form", async () => {
    backend(() => ({ status: 409, body: { message: '窗口 ZWFW-01 已存在' } }))
    const desk = withSetup(() => useFinanceDesk())
    expect(await desk.openWindow({ code: 'ZWFW-01', name: '收费窗口', departmentCode: '', central: true })).toBe(false)
    expect(desk.errorMessage.value).toBe('窗口 ZWFW-01 已存在')
  })

  it('puts someone at a window and takes them off, reading the list after each', async () => {
    const calls = backend(() => ({ status: 200 }))
    const desk = withSetup(() => useFinanceDesk())
    expect(await desk.assign('ZWFW-02', 'clerk')).toBe(true)
    expect(calls[0]).toMatchObject({ method: 'PUT', url: '/api/fees/windows/ZWFW-02/staff/clerk' })
    expect(desk.windows.value).toEqual([central])
    const before = calls.length
    expect(await desk.unassign('ZWFW-02', 'clerk')).toBe(true)
    expect(calls[before]).toMatchObject({ method: 'DELETE', url: '/api/fees/windows/ZWFW-02/staff/clerk' })
    expect(desk.errorMessage.value).toBeNull()
  })

  it("shows why someone cannot be put at a window and reads nothing again", async () => {
    const calls = backend(() => ({ status: 400, body: { message: '用户 handler 不收费' } }))
    const desk = withSetup(() => useFinanceDesk())
    expect(await desk.assign('ZWFW-01', 'handler')).toBe(false)
    expect(desk.errorMessage.value).toBe('用户 handler 不收费')
    expect(calls).toHaveLength(1)
  })
})
