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

describe('casework routes', () => {
  it('leave / to the workbench home and /apply, /my, /progress to the portal', () => {
    expect(router.resolve('/').name).toBe('home')
    expect(router.resolve('/apply/SFX-SCJGJ-XK-0001').name).toBe('apply')
    expect(router.resolve('/my/cases').name).toBe('my-cases')
    expect(router.resolve('/progress').name).toBe('progress')
  })

  const as = (...roles: string[]) => ({ loggedIn: true, roles })

  it('open the progress query to anonymous visitors', () => {
    expect(router.resolve('/progress').name).toBe('progress')
    expect(decide('/progress', anonymous)).toBe(true)
  })

  it('send visitors to the login before applying, and keep the portal for applicants', () => {
    expect(router.resolve('/apply/SFX-SCJGJ-XK-0001').params).toEqual({ code: 'SFX-SCJGJ-XK-0001' })
    for (const path of ['/apply/SFX-SCJGJ-XK-0001', '/my/cases', '/my/cases/SFX-2026-000123']) {
      expect(decide(path, anonymous)).toEqual({ name: 'login', query: { redirect: path } })
      expect(decide(path, as('applicant'))).toBe(true)
      expect(decide(path, as('clerk'))).toEqual({ name: 'forbidden' })
    }
    expect(router.resolve('/my/cases/SFX-2026-000123').name).toBe('my-case')
  })

  it('give the to-do list and the task page to clerks and department staff', () => {
    expect(router.resolve('/work/tasks/abc-1').params).toEqual({ id: 'abc-1' })
    for (const path of ['/work/tasks', '/work/tasks/abc-1']) {
      for (const role of ['clerk', 'handler', 'section-head', 'deputy-leader', 'leader']) expect(decide(path, as(role))).toBe(true)
      for (const role of ['applicant', 'auditor', 'admin', 'bureau-supervisor']) expect(decide(path, as(role))).toEqual({ name: 'forbidden' })
    }
  })

  it('keep the window intake for clerks and the AB posts for the department staff', () => {
    expect(decide('/work/intake', as('clerk'))).toBe(true)
    expect(decide('/work/intake', as('handler'))).toEqual({ name: 'forbidden' })
    expect(decide('/work/posts', as('leader'))).toBe(true)
    expect(decide('/work/posts', as('clerk'))).toEqual({ name: 'forbidden' })
  })

  it('let staff, supervisors, auditors and admins query cases, but not applicants', () => {
    for (const path of ['/work/cases', '/work/cases/SFX-2026-000123']) {
      for (const role of ['clerk', 'handler', 'dept-supervisor', 'bureau-supervisor', 'auditor', 'admin']) {
        expect(decide(path, as(role))).toBe(true)
      }
      expect(decide(path, as('applicant'))).toEqual({ name: 'forbidden' })
      expect(decide(path, as('reform-office'))).toEqual({ name: 'forbidden' })
    }
    expect(router.resolve('/work/cases/SFX-2026-000123').name).toBe('case')
  })
})

describe('supervision routes', () => {
  const as = (...roles: string[]) => ({ loggedIn: true, roles })

  it('open the warning list to supervisors, auditors and admins only', () => {
    expect(router.resolve('/supervision/warnings').name).toBe('supervision-warnings')
    expect(decide('/supervision/warnings', anonymous)).toEqual({ name: 'login', query: { redirect: '/supervision/warnings' } })
    for (const role of ['dept-supervisor', 'bureau-supervisor', 'auditor', 'admin']) {
      expect(decide('/supervision/warnings', as(role))).toBe(true)
    }
    for (const role of ['applicant', 'clerk', 'handler', 'leader', 'reform-office']) {
      expect(decide('/supervision/warnings', as(role))).toEqual({ name: 'forbidden' })
    }
  })

  it('keep the live board for supervisors and admins', () => {
    expect(decide('/supervision/board', as('dept-supervisor'))).toBe(true)
    expect(decide('/supervision/board', as('auditor'))).toEqual({ name: 'forbidden' })
  })
})
