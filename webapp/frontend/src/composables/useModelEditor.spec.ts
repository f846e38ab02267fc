import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { useModelEditor } from './useModelEditor'

const opened = {
  kind: 'BPMN',
  key: 'item-x',
  content: '<xml/>',
  source: 'DRAFT',
  draftNo: 2,
  itemCode: 'X',
  deployedVersion: null,
}
const draft = (draftNo: number) => ({ draftNo, resourceKey: 'item-x', savedBy: 'reform', savedAt: '2026-01-01' })

describe('useModelEditor', () => {
  it('opens the latest draft and saves the next one based on it, with its item', async () => {
    const calls = fakeAdapter((call) => {
      if (call.method === 'POST') return { status: 201, body: draft(3) }
      if (call.url.endsWith('/drafts')) return { status: 200, body: [draft(2)] }
      return { status: 200, body: opened }
    })
    const model = withSetup(() => useModelEditor('bpmn', 'item-x'))
    await model.load()
    expect(model.baseDraftNo.value).toBe(2)

    expect((await model.save('<changed/>', '改审批链'))?.draftNo).toBe(3)
    const saved = calls.find((call) => call.method === 'POST')
    expect(saved).toMatchObject({
      url: '/api/modeling/bpmn/item-x/drafts',
      json: { content: '<changed/>', note: '改审批链', baseDraftNo: 2, itemCode: 'X' },
    })
    expect(model.baseDraftNo.value).toBe(3)
  })

  it('saves changed content before deploying it and deploys the new draft', async () => {
    const calls = fakeAdapter((call) => {
      if (call.url.endsWith('/deploy')) return { status: 200, body: { deploymentId: 'd1', version: 4, boundItem: 'X' } }
      if (call.method === 'POST') return { status: 201, body: draft(3) }
      if (call.url.endsWith('/drafts')) return { status: 200, body: [] }
      return { status: 200, body: opened }
    })
    const model = withSetup(() => useModelEditor('bpmn', 'item-x'))
    await model.load()

    expect((await model.deploy('<changed/>'))?.version).toBe(4)
    expect(calls.map((call) => `${call.method} ${call.url}`)).toContain('POST /api/modeling/bpmn/item-x/drafts/3/deploy')
  })

  it('deploys the opened draft as it is without saving it again', async () => {
    const calls = fakeAdapter((call) => {
      if (call.url.endsWith('/deploy')) return { status: 200, body: { deploymentId: 'd1', version: 1, boundItem: null } }
      if (call.url.endsWith('/drafts')) return { status: 200, body: [] }
      return { status: 200, body: opened }
    })
    const model = withSetup(() => useModelEditor('bpmn', 'item-x'))
    await model.load()
    await model.deploy('<xml/>')
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      '/api/modeling/bpmn/item-x/drafts/2/deploy',
    ])
  })

  it("shows the server's refusal of a deployment", async () => {
    fakeAdapter((call) => {
      if (call.url.endsWith('/deploy')) return { status: 400, body: { message: '部署被拒绝：egov/item-legal-timers' } }
      if (call.url.endsWith('/drafts')) return { status: 200, body: [] }
      return { status: 200, body: opened }
    })
    const model = withSetup(() => useModelEditor('bpmn', 'item-x'))
    await model.load()
    expect(await model.deploy('<xml/>')).toBeNull()
    expect(model.errorMessage.value).toContain('item-legal-timers')
  })
})
