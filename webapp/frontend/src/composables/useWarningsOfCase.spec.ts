import { describe, expect, it } from 'vitest'
import type { SupervisionWarning } from '@/api/warnings'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { useWarningsOfCase } from './useWarningsOfCase'

const reminder: SupervisionWarning = {
  id: 7,
  caseNo: 'SFX-SCJGJ-20261207-0001',
  department: 'SFX-SCJGJ',
  level: 'REMINDER',
  kind: 'REMINDER',
  raisedAt: '2026-12-19T00:00:00+08:00',
  status: 'OPEN',
  deadline: '2026-12-18',
  detail: null,
}

describe('useWarningsOfCase', () => {
  it('reads the warnings of the case', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: [reminder] }))
    const view = withSetup(() => useWarningsOfCase())
    await view.load('SFX-SCJGJ-20261207-0001')
    expect(calls[0]?.url).toBe('/api/supervision/cases/SFX-SCJGJ-20261207-0001/warnings')
    expect(view.warnings.value).toEqual([reminder])
    expect(view.failed.value).toBe(false)
  })

  it('shows nothing, and no failure, when the server answers 403 or 404', async () => {
    for (const status of [403, 404]) {
      let answer = 200
      fakeAdapter(() => (answer === 200 ? { status: 200, body: [reminder] } : { status: answer, body: { error: 'x', message: 'no' } }))
      const view = withSetup(() => useWarningsOfCase())
      await view.load('A')
      answer = status
      await view.load('B')
      expect(view.warnings.value).toEqual([])
      expect(view.failed.value).toBe(false)
    }
  })

  it('says it failed on any other error', async () => {
    fakeAdapter(() => ({ status: 500, body: { error: 'internal', message: 'boom' } }))
    const view = withSetup(() => useWarningsOfCase())
    await view.load('A')
    expect(view.warnings.value).toEqual([])
    expect(view.failed.value).toBe(true)
  })
})
