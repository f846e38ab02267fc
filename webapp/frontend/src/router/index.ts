import { createRouter, createWebHistory, type Router } from 'vue-router'
import type { Pinia } from 'pinia'
import { useSessionStore } from '@/stores/session'
import { decideNavigation } from './guard'
import { routes } from './routes'
import { applyDocumentTitle } from './title'

export function createAppRouter(pinia: Pinia): Router {
  const router = createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })

  router.beforeEach(async (to) => {
    const session = useSessionStore(pinia)
    await session.ensureLoaded()
    return decideNavigation(to, { loggedIn: session.loggedIn, roles: session.roles })
  })

  router.afterEach((to) => applyDocumentTitle(to.meta.titleKey))

  return router
}
