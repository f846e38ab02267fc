import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { useProcessVersions } from './useProcessVersions'

const versions = [
  { id: 'p:2', version: 2, deploymentId: 'd2', source: 'modeling-workbench', deployedAt: null, running: 1 },
  { id: 'p:1', version: 1, deploymentId: 'd1', source: 'modeling-workbench', deployedAt: null, running: 2 },
]
const plan = [
  {
    version: 1,
    definitionId: 'p:1',
    planValid: true,
    problems: [],
    instances: [
      { id: 'i1', caseNo: 'C1', canMigrate: true, reasons: [] },
      { id: 'i2', caseNo: 'C2', canMigrate: false, reasons: ['ChainStepLeader: no target'] },
    ],
  },
]

describe('useProcessVersions', () => {
  it('offers the migration of older versions and chooses the instances that can move', async () => {
    const calls = fakeAdapter((call) => {
      if (call.method === 'POST') return { status: 200, body: { migrated: 1 } }
      if (call.url.endsWith('/migration')) return { status: 200, body: plan }
      return { status: 200, body: versions }
    })
    const model = withSetup(() => useProcessVersions('item-x'))
    await model.load()
    expect(model.latest.value).toBe(2)
    expect(model.olderRunning.value.map((v) => v.version)).toEqual([1])

    await model.plan(2)
    expect(model.selected.value).toEqual(['i1'])
    expect(await model.run()).toBe(true)
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: '/api/modeling/bpmn/item-x/migration',
      json: { targetVersion: 2, instanceIds: ['i1'] },
    })
    expect(model.migrated.value).toBe(1)
  })
})
