import type { RouteLocationRaw, RouteMeta } from 'vue-router'
import { sanitizeRedirect } from './redirect'

export interface GuardTarget {
  fullPath: string
  name?: unknown
  meta: RouteMeta
  query: Record<string, unknown>
}

export interface GuardSession {
  loggedIn: boolean
  roles: readonly string[]
}

/**
 * Decide a navigation: `true` lets it pass, otherwise where to go instead.
 * Pure so it can be tested without a router.
 */
export function decideNavigation(to: GuardTarget, session: GuardSession): true | RouteLocationRaw {
  if (to.name === 'login' && session.loggedIn) {
    return sanitizeRedirect(to.query.redirect)
  }
  if (to.meta.public) return true
  if (!session.loggedIn) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
  const roles = to.meta.roles
  if (roles && !roles.some((role) => session.roles.includes(role))) {
    return { name: 'forbidden' }
  }
  return true
}
