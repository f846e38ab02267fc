import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { useItemGeneration } from './useItemGeneration'

const generated = (diff: unknown) => ({
  itemCode: 'X',
  itemVersion: 2,
  processKey: 'item-x',
  xml: '<xml/>',
  current: diff ? 'draft:1' : null,
  currentDraftNo: diff ? 1 : 0,
  diff,
})

describe('useItemGeneration', () => {
  it('asks to confirm only when the generated process replaces a different one', async () => {
    const calls = fakeAdapter((call) =>
      call.method === 'POST'
        ? { status: 201, body: { draftNo: 2, resourceKey: 'item-x' } }
        : { status: 200, body: generated({ added: [{ id: 'ChainStepLeader' }], removed: [], changed: [], xmlDiff: ['+a'] }) },
    )
    const generation = withSetup(() => useItemGeneration())
    await generation.preview('X')
    expect(generation.replacesDifferent.value).toBe(true)

    await generation.save(true)
    expect(calls[1]).toMatchObject({ method: 'POST', url: '/api/modeling/items/X/generated', params: { confirm: true } })
  })

  it('needs no confirmation for a first process', async () => {
    fakeAdapter(() => ({ status: 200, body: generated(null) }))
    const generation = withSetup(() => useItemGeneration())
    await generation.preview('X')
    expect(generation.replacesDifferent.value).toBe(false)
  })
})
