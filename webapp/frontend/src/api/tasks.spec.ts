import { afterEach, describe, expect, it } from 'vitest'
import { setErrorRedirectHandlers } from './http'
import { claimTask, completeTask, delegateTask, fetchColleagues, fetchTask, listTasks, unclaimTask } from './tasks'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { aCase, aTask, aTaskDetail } from '@/testing/caseworkFixtures'

describe('tasks API client', () => {
  afterEach(() => {
    setErrorRedirectHandlers(null)
  })

  it('lists the to-do list and reads one task with its form', async () => {
    const calls = fakeAdapter((call) => ({ status: 200, body: call.url === '/api/tasks' ? [aTask()] : aTaskDetail() }))
    expect((await listTasks())[0]?.stepName).toBe('承办人审查')
    expect((await fetchTask('t 1')).task.id).toBe('t-1')
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/tasks', 'GET /api/tasks/t%201'])
  })

  it('claims, unclaims and delegates', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: aTask({ assignee: 'handler' }) }))
    await claimTask('t-1')
    await unclaimTask('t-1')
    await delegateTask('t-1', 'handler2')
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/tasks/t-1/claim',
      'POST /api/tasks/t-1/unclaim',
      'POST /api/tasks/t-1/delegate',
    ])
    expect(calls[2]?.json).toEqual({ username: 'handler2' })
  })

  it('lists colleagues', async () => {
    const colleagues = [{ username: 'handler2', displayName: '李承办' }]
    const calls = fakeAdapter(() => ({ status: 200, body: colleagues }))
    expect(await fetchColleagues('t-1')).toEqual(colleagues)
    expect(calls[0]?.url).toBe('/api/tasks/t-1/colleagues')
  })

  it('completes with the outcome next to the form values', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: aCase({ status: 'DECIDED' }) }))
    const detail = await completeTask('t-1', { outcome: 'RETURN', opinion: '材料不实', returnTo: 'handler' })
    expect(detail.status).toBe('DECIDED')
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: '/api/tasks/t-1/complete',
      json: { outcome: 'RETURN', opinion: '材料不实', returnTo: 'handler' },
    })
  })
})
