import { describe, expect, it } from 'vitest'
import { appealCard, confirmCard, fetchCard, listCards, reviewCard } from './supervisionCards'
import { fakeAdapter } from '@/testing/fakeAdapter'

describe('supervision cards API client', () => {
  it('lists cards with only the filters that are set', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: [] }))
    await listCards({ department: 'SFX-SCJGJ', status: '', level: 'RED' })
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/supervision/cards' })
    expect(calls[0].params).toEqual({ department: 'SFX-SCJGJ', level: 'RED' })
  })

  it('reads one card', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: { card: { id: 7 } } }))
    expect(await fetchCard(7)).toEqual({ card: { id: 7 } })
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/supervision/cards/7' })
  })

  it('posts the department answer and the bureau review', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: {} }))
    await confirmCard(7, '承办人请假', '已办结')
    await appealCard(7, '处于特殊程序')
    await reviewCard(7, { decision: 'ACCEPT', opinion: '认可', measures: ['ADMONISHMENT_TALK'] })
    expect(calls.map((call) => [call.method, call.url, call.json])).toEqual([
      ['POST', '/api/supervision/cards/7/confirm', { explanation: '承办人请假', rectification: '已办结' }],
      ['POST', '/api/supervision/cards/7/appeal', { reason: '处于特殊程序' }],
      ['POST', '/api/supervision/cards/7/review', { decision: 'ACCEPT', opinion: '认可', measures: ['ADMONISHMENT_TALK'] }],
    ])
  })
})
