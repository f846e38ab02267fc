import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { createPinia } from 'pinia'
import { createAppI18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import AppShell from './AppShell.vue'

let wrapper: VueWrapper | null = null

async function mountShell() {
  const pinia = createPinia()
  useSessionStore(pinia).user = { username: 'handler', displayName: '刘承办', department: null, section: null, region: null, roles: ['handler'] }
  const page = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      {
        path: '/',
        component: AppShell,
        children: [
          { path: '', name: 'home', component: page },
          { path: 'work/tasks', name: 'tasks', component: page },
        ],
      },
      { path: '/guide', name: 'guide', component: page },
    ],
  })
  await router.push('/')
  await router.isReady()
  wrapper = mount(RouterView, { attachTo: document.body, global: { plugins: [router, pinia, createAppI18n('zh-CN')] } })
  await flushPromises()
  return { router }
}

describe('AppShell', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
  })

  it('opens the menu as a drawer from the header button and closes it on navigation', async () => {
    const { router } = await mountShell()
    const open = () => wrapper!.findComponent({ name: 'ElDrawer' }).props('modelValue') as boolean
    expect(open()).toBe(false)
    await wrapper!.find('[data-test="shell-menu-toggle"]').trigger('click')
    await flushPromises()
    expect(open()).toBe(true)
    expect(document.querySelector('[data-test="shell-drawer"] [data-test="menu-tasks"]')).not.toBeNull()
    await router.push('/work/tasks')
    await flushPromises()
    expect(open()).toBe(false)
  })
})
