import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import type { ScoreWeights } from '@/api/scores'
import { useScoreWeights } from './useScoreWeights'

const defaults: ScoreWeights = { ON_TIME: 40, EARLY: 10, SPEED_UP: 10, CARDS: 20, SATISFACTION: 15, COMPLAINTS: 5 }

describe('useScoreWeights', () => {
  it('reads the weights and saves an edit that sums to 100', async () => {
    const calls = fakeAdapter((call) => ({ status: 200, body: call.method === 'PUT' ? call.json : defaults }))
    const editor = withSetup(() => useScoreWeights())
    await editor.load()
    expect(editor.sum.value).toBe(100)
    editor.weights.value = { ...defaults, ON_TIME: 60, CARDS: 0 }
    expect(editor.problem.value).toBe('')
    expect(await editor.save()).toBe(true)
    expect(calls[1]).toMatchObject({ method: 'PUT', url: '/api/scores/weights', json: { ON_TIME: 60, CARDS: 0 } })
    expect(editor.saved.value).toBe(true)
  })

  it('does not send weights that do not sum to 100 or are negative', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: defaults }))
    const editor = withSetup(() => useScoreWeights())
    await editor.load()
    editor.weights.value = { ...defaults, CARDS: 10 }
    expect(editor.problem.value).toContain('90')
    expect(await editor.save()).toBe(false)
    editor.weights.value = { ...defaults, CARDS: -20, ON_TIME: 80 }
    expect(editor.problem.value).not.toBe('')
    expect(await editor.save()).toBe(false)
    expect(calls).toHaveLength(1)
  })

  it("shows the server's refusal", async () => {
    fakeAdapter((call) =>
      call.method === 'PUT' ? { status: 403, body: { message: '没有权限' } } : { status: 200, body: defaults },
    )
    const editor = withSetup(() => useScoreWeights())
    await editor.load()
    expect(await editor.save()).toBe(false)
    expect(editor.errorMessage.value).toBe('没有权限')
  })
})
