import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { AxiosError, AxiosHeaders } from 'axios'
import { createAppI18n } from '@/i18n'

/** Test support of the login page's specs: Element Plus renders asynchronously; allow slow CI machines. */
export const WAIT = { timeout: 5000 }

/** What axios rejects with when the server answers `status` with a JSON error body. */
export function httpError(status: number, body: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() }
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, {
    status,
    statusText: '',
    headers: {},
    config,
    data: body,
  })
}

/**
 * Mounts a sign-in component as the /login route of a memory router that also knows
 * `otherRoutes` (name → path), at `path` (e.g. with a ?redirect=), in Chinese.
 */
export async function mountOnLoginRoute(component: Component, path: string, otherRoutes: Record<string, string>) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component },
      ...Object.entries(otherRoutes).map(([name, routePath]) => ({
        path: routePath,
        name,
        component: { template: `<p>${name}</p>` },
      })),
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    global: { plugins: [pinia, router, createAppI18n('zh-CN')] },
    attachTo: document.body,
  })
  return { wrapper, router }
}
