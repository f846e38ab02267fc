import { describe, expect, it } from 'vitest'
import { listPosts, updatePost } from './posts'
import { fakeAdapter } from '@/testing/fakeAdapter'

describe('posts API client', () => {
  it('lists the department posts', async () => {
    const post = { username: 'handler', displayName: '刘承办', roles: ['handler'], backup: null, absent: false }
    const calls = fakeAdapter(() => ({ status: 200, body: [post] }))
    expect(await listPosts()).toEqual([post])
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/posts' })
  })

  it('puts the backup and the absence of one post', async () => {
    const calls = fakeAdapter(() => ({ status: 200 }))
    await updatePost('handler', { backup: 'handler2', absent: true })
    await updatePost('head', { backup: null, absent: false })
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['PUT /api/posts/handler', 'PUT /api/posts/head'])
    expect(calls[0]?.json).toEqual({ backup: 'handler2', absent: true })
    expect(calls[1]?.json).toEqual({ backup: null, absent: false })
  })
})
