import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { AxiosError, AxiosHeaders } from 'axios'
import { useSessionStore } from './session'

vi.mock('@/api/auth', () => ({ fetchCurrentUser: vi.fn() }))
vi.mock('@/api/clock', () => ({ fetchClock: vi.fn() }))

const { fetchCurrentUser } = await import('@/api/auth')
const { fetchClock } = await import('@/api/clock')

function status(code: number): AxiosError {
  const config = { headers: new AxiosHeaders() }
  return new AxiosError('x', 'ERR', config, null, { status: code, statusText: '', headers: {}, config, data: {} })
}

const user = (roles: string[]) => ({
  username: 'u', displayName: 'U', department: null, section: null, region: null, roles,
})

describe('useSessionStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.mocked(fetchCurrentUser).mockReset()
    vi.mocked(fetchClock).mockReset()
  })

  it('restores the user from /api/me once', async () => {
    vi.mocked(fetchCurrentUser).mockResolvedValue(user(['clerk', 'handler']))
    const session = useSessionStore()
    await Promise.all([session.ensureLoaded(), session.ensureLoaded()])
    expect(fetchCurrentUser).toHaveBeenCalledTimes(1)
    expect(session.loggedIn).toBe(true)
    expect(session.hasRole('handler')).toBe(true)
    expect(session.hasRole('admin')).toBe(false)
    expect(session.hasAnyRole(['admin', 'clerk'])).toBe(true)
    expect(fetchClock).not.toHaveBeenCalled()
  })

  it('treats 401 from /api/me as logged out', async () => {
    vi.mocked(fetchCurrentUser).mockRejectedValue(status(401))
    const session = useSessionStore()
    await session.ensureLoaded()
    expect(session.loggedIn).toBe(false)
    expect(session.roles).toEqual([])
  })

  it('offers the clock to admins only when GET /api/admin/clock succeeds', async () => {
    const session = useSessionStore()
    vi.mocked(fetchClock).mockResolvedValue({ now: '2026-10-12T09:00:00+08:00', simulated: true })
    await session.setUser(user(['admin']))
    expect(session.clockAvailable).toBe(true)

    vi.mocked(fetchClock).mockRejectedValue(status(404))
    await session.setUser(user(['admin']))
    expect(session.clockAvailable).toBe(false)
  })

  it('forgets everything on clear', async () => {
    vi.mocked(fetchClock).mockResolvedValue({ now: '2026-10-12T09:00:00+08:00', simulated: true })
    const session = useSessionStore()
    await session.setUser(user(['admin']))
    session.clear()
    expect(session.user).toBeNull()
    expect(session.clockAvailable).toBe(false)
  })
})
