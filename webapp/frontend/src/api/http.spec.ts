import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { http, refreshCsrfToken, setAcceptLanguage, setErrorRedirectHandlers } from './http'
import { login, logout } from './auth'

interface Recorded {
  method: string
  url: string
  headers: Headers
  body: string | null
}

type Reply = { status: number; body?: unknown }

/** Node's Request wants absolute URLs; resolve ours against the jsdom page like a browser. */
class PageRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init)
  }
}

/** Fake backend behind axios' fetch adapter, so axios' own XSRF handling runs. */
function fakeServer(route: (method: string, path: string) => Reply) {
  const requests: Recorded[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new PageRequest(input, init)
    const path = new URL(request.url).pathname
    requests.push({
      method: request.method,
      url: path,
      headers: request.headers,
      body: request.body ? await request.text() : null,
    })
    if (path === '/api/auth/csrf') document.cookie = `PLATFORM-XSRF-TOKEN=token-${requests.length}; path=/`
    const reply = route(request.method, path)
    const body = reply.body === undefined ? null : JSON.stringify(reply.body)
    return new Response(body, {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    })
  })
  http.defaults.adapter = 'fetch'
  http.defaults.env = { ...http.defaults.env, fetch, Request: PageRequest }
  return requests
}

const me = { username: 'clerk', displayName: '王窗口', department: null, section: null, region: null, roles: ['clerk'] }

describe('http client', () => {
  const onUnauthorized = vi.fn()
  const onForbidden = vi.fn()

  beforeEach(async () => {
    document.cookie = 'PLATFORM-XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    setErrorRedirectHandlers({ onUnauthorized, onForbidden })
  })

  afterEach(() => {
    vi.clearAllMocks()
    setErrorRedirectHandlers(null)
  })

  it('fetches the CSRF cookie before the first POST and echoes it in X-PLATFORM-XSRF-TOKEN', async () => {
    const requests = fakeServer(() => ({ status: 200, body: me }))
    await refreshCsrfToken()
    requests.length = 0
    await http.post('/api/things', { a: 1 })
    await http.post('/api/things', { a: 2 })
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/things',
      'POST /api/things',
    ])
    expect(requests[0]?.headers.get('X-PLATFORM-XSRF-TOKEN')).toMatch(/^token-/)
    expect(requests[0]?.headers.get('X-Requested-With')).toBe('XMLHttpRequest')
  })

  it('asks for answers in the UI language', async () => {
    const requests = fakeServer(() => ({ status: 200, body: me }))
    setAcceptLanguage(() => 'en')
    await http.get('/api/me')
    setAcceptLanguage(() => 'zh-CN')
    await http.get('/api/me')
    expect(requests.map((r) => r.headers.get('Accept-Language'))).toEqual(['en', 'zh-CN'])
  })

  it('logs in with a form body and then refreshes the token', async () => {
    const requests = fakeServer(() => ({ status: 200, body: me }))
    const user = await login('clerk', 'p&ss word')
    expect(user.displayName).toBe('王窗口')
    const posted = requests.find((r) => r.url === '/api/auth/login')
    expect(posted?.headers.get('Content-Type')).toContain('application/x-www-form-urlencoded')
    expect(new URLSearchParams(posted?.body ?? '').get('password')).toBe('p&ss word')
    expect(requests.at(-1)?.url).toBe('/api/auth/csrf')
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('does not redirect when the login itself answers 401', async () => {
    fakeServer((_m, path) =>
      path === '/api/auth/login'
        ? { status: 401, body: { error: 'unauthorized', message: '用户名或密码错误' } }
        : { status: 204 },
    )
    await expect(login('clerk', 'wrong')).rejects.toMatchObject({ response: { status: 401 } })
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('refreshes the token after logout', async () => {
    const requests = fakeServer(() => ({ status: 204 }))
    await logout()
    expect(requests.map((r) => `${r.method} ${r.url}`).slice(-2)).toEqual([
      'POST /api/auth/logout',
      'GET /api/auth/csrf',
    ])
  })

  it('reports 401 and 403 from other API calls', async () => {
    fakeServer((_m, path) =>
      path === '/api/secret' ? { status: 403, body: { error: 'forbidden' } } : { status: 401, body: { error: 'unauthorized' } },
    )
    await expect(http.get('/api/other')).rejects.toBeTruthy()
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    await expect(http.get('/api/secret')).rejects.toBeTruthy()
    expect(onForbidden).toHaveBeenCalledTimes(1)
  })

  it('retries a POST once with a fresh token after a 403', async () => {
    let attempts = 0
    const requests = fakeServer((method, path) => {
      if (method === 'POST' && path === '/api/things') {
        attempts += 1
        return attempts === 1 ? { status: 403, body: { error: 'forbidden' } } : { status: 200, body: {} }
      }
      return { status: 204 }
    })
    await refreshCsrfToken()
    await http.post('/api/things', {})
    expect(attempts).toBe(2)
    expect(onForbidden).not.toHaveBeenCalled()
    expect(requests.filter((r) => r.url === '/api/auth/csrf')).toHaveLength(2)
  })
})
