import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { decideNavigation } from './guard'
import { routes } from './routes'

const router = createRouter({ history: createMemoryHistory(), routes })

function decide(path: string, session: { loggedIn: boolean; roles: string[] }) {
  const to = router.resolve(path)
  return decideNavigation({ fullPath: to.fullPath, name: to.name, meta: to.meta, query: to.query }, session)
}

const anonymous = { loggedIn: false, roles: [] }

describe('catalog routes', () => {
  it('open the service guide and its item pages to anonymous visitors', () => {
    expect(router.resolve('/guide').name).toBe('guide')
    expect(router.resolve('/guide/items/SFX-SCJGJ-XK-0001').params).toEqual({ code: 'SFX-SCJGJ-XK-0001' })
    expect(decide('/guide?q=食品', anonymous)).toBe(true)
    expect(decide('/guide/items/SFX-SCJGJ-XK-0001', anonymous)).toBe(true)
  })

  it('keep the workbench for the reform office and admins', () => {
    for (const path of ['/catalog', '/catalog/new', '/catalog/items/SFX-SCJGJ-XK-0001']) {
      expect(decide(path, anonymous)).toEqual({ name: 'login', query: { redirect: path } })
      expect(decide(path, { loggedIn: true, roles: ['clerk', 'leader'] })).toEqual({ name: 'forbidden' })
      expect(decide(path, { loggedIn: true, roles: ['reform-office'] })).toBe(true)
      expect(decide(path, { loggedIn: true, roles: ['admin'] })).toBe(true)
    }
    expect(router.resolve('/catalog/items/X-1').name).toBe('catalog-item')
    expect(router.resolve('/catalog/new').name).toBe('catalog-new')
  })
})
