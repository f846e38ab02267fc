import { describe, expect, it } from 'vitest'
import type { RouteMeta } from 'vue-router'
import { decideNavigation, type GuardTarget } from './guard'

function target(fullPath: string, meta: RouteMeta = {}, name?: string, query = {}): GuardTarget {
  return { fullPath, meta, name, query }
}

const anonymous = { loggedIn: false, roles: [] }
const clerk = { loggedIn: true, roles: ['clerk'] }
const admin = { loggedIn: true, roles: ['clerk', 'admin'] }

describe('decideNavigation', () => {
  it('lets anyone reach public routes', () => {
    expect(decideNavigation(target('/403', { public: true }), anonymous)).toBe(true)
    expect(decideNavigation(target('/login', { public: true }, 'login'), anonymous)).toBe(true)
  })

  it('sends anonymous users to the login page with the requested path', () => {
    expect(decideNavigation(target('/admin/clock?x=1', { roles: ['admin'] }), anonymous)).toEqual({
      name: 'login',
      query: { redirect: '/admin/clock?x=1' },
    })
    expect(decideNavigation(target('/'), anonymous)).toEqual({
      name: 'login',
      query: { redirect: '/' },
    })
  })

  it('lets any logged-in user reach routes without meta.roles', () => {
    expect(decideNavigation(target('/'), clerk)).toBe(true)
  })

  it('sends logged-in users without a required role to /403', () => {
    expect(decideNavigation(target('/admin/clock', { roles: ['admin'] }), clerk)).toEqual({
      name: 'forbidden',
    })
  })

  it('accepts any one of several roles', () => {
    expect(decideNavigation(target('/admin/clock', { roles: ['auditor', 'admin'] }), admin)).toBe(
      true,
    )
  })

  it('sends a logged-in user away from the login page to a safe redirect', () => {
    const login = (redirect: string) =>
      target('/login', { public: true }, 'login', { redirect })
    expect(decideNavigation(login('/admin/clock'), clerk)).toBe('/admin/clock')
    expect(decideNavigation(login('https://evil.example/'), clerk)).toBe('/')
  })
})
