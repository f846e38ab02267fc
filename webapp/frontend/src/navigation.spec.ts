import { describe, expect, it } from 'vitest'
import { ROLE_CODES } from '@/api/types'
import { NAVIGATION, menuFor, type NavEntry } from './navigation'

const keys = (entries: readonly NavEntry[]): string[] =>
  entries.flatMap((entry) => [entry.key, ...(entry.children ? keys(entry.children) : [])])

const withClock = { clockAvailable: true }
const withoutClock = { clockAvailable: false }

describe('menuFor', () => {
  it('shows an applicant the home page and their applications', () => {
    expect(keys(menuFor(['applicant'], withClock))).toEqual(['home', 'my-cases'])
  })

  it('shows nothing but home to a user without roles', () => {
    expect(keys(menuFor([], withClock))).toEqual(['home'])
  })

  it('gives a clerk the to-do list, the window intake, the case query and the tasklist', () => {
    expect(keys(menuFor(['clerk'], withClock))).toEqual(['home', 'tasks', 'intake', 'cases', 'tasklist', 'complaints'])
  })

  it('gives the department staff the to-do list, the case query and AB posts', () => {
    for (const role of ['handler', 'deputy-leader']) {
      expect(keys(menuFor([role], withClock))).toEqual(['home', 'tasks', 'cases', 'posts', 'tasklist'])
    }
  })

  it('gives the heads who open, review and decide penalty cases the penalty cases too', () => {
    for (const role of ['section-head', 'leader']) {
      expect(keys(menuFor([role], withClock))).toEqual(['home', 'tasks', 'cases', 'posts', 'tasklist', 'penalty'])
    }
  })

  it('gives law-enforcement officers and legal reviewers the penalty cases only', () => {
    for (const role of ['penalty-officer', 'legal-reviewer']) {
      expect(keys(menuFor([role], withClock))).toEqual(['home', 'penalty'])
    }
    expect(menuFor(['penalty-officer'], withClock).find((e) => e.key === 'penalty')?.to).toBe('/penalty')
  })

  it('gives supervisors, auditors and admins the case query but no to-do list', () => {
    for (const role of ['dept-supervisor', 'bureau-supervisor', 'auditor', 'admin']) {
      const menu = keys(menuFor([role], withClock))
      expect(menu).toContain('cases')
      expect(menu).not.toContain('tasks')
      expect(menu).not.toContain('posts')
    }
  })

  it('gives an auditor the cockpit but not the tasklist', () => {
    expect(keys(menuFor(['auditor'], withClock))).toEqual([
      'home',
      'cases',
      'warnings',
      'scores',
      'cockpit',
      'complaints',
      'follow-ups',
      'supervision-cards',
      'archive',
      'audit-log',
    ])
  })

  it('gives the bureau supervisor tasklist and cockpit', () => {
    expect(keys(menuFor(['bureau-supervisor'], withClock))).toEqual([
      'home',
      'cases',
      'board',
      'warnings',
      'scores',
      'tasklist',
      'cockpit',
      'complaints',
      'follow-ups',
      'supervision-cards',
      'archive',
    ])
  })

  it('gives an admin everything, including the clock when simulation is on', () => {
    expect(keys(menuFor(['admin'], withClock))).toEqual([
      'home',
      'cases',
      'board',
      'warnings',
      'scores',
      'catalog',
      'modeling',
      'calendar',
      'tasklist',
      'cockpit',
      'camunda-admin',
      'system',
      'clock',
      'complaints',
      'follow-ups',
      'archive',
      'audit-log',
      'finance',
    ])
  })

  it('hides the clock, and the then empty system group, when simulation is off', () => {
    expect(keys(menuFor(['admin'], withoutClock))).toEqual([
      'home',
      'cases',
      'board',
      'warnings',
      'scores',
      'catalog',
      'modeling',
      'calendar',
      'tasklist',
      'cockpit',
      'camunda-admin',
      'complaints',
      'follow-ups',
      'archive',
      'audit-log',
      'finance',
    ])
  })

  it('gives a cashier the window cashier view and the finance bureau its desk', () => {
    expect(keys(menuFor(['cashier'], withClock))).toEqual(['home', 'cashier'])
    expect(keys(menuFor(['finance'], withClock))).toEqual(['home', 'finance'])
    expect(menuFor(['cashier'], withClock).find((e) => e.key === 'cashier')?.to).toBe('/fees/cashier')
  })

  it('offers the cashier view to cashiers only and the finance desk to finance and admins only', () => {
    const notCashier = ROLE_CODES.filter((role) => role !== 'cashier')
    expect(keys(menuFor(notCashier, withClock))).not.toContain('cashier')
    const notFinance = ROLE_CODES.filter((role) => role !== 'finance' && role !== 'admin')
    expect(keys(menuFor(notFinance, withClock))).not.toContain('finance')
  })

  it('gives supervisors the live board, and nobody else but admins', () => {
    expect(keys(menuFor(['dept-supervisor'], withClock))).toContain('board')
    const others = ROLE_CODES.filter((role) => !['admin', 'dept-supervisor', 'bureau-supervisor'].includes(role))
    expect(keys(menuFor(others, withClock))).not.toContain('board')
  })

  it('gives supervisors, auditors and admins the warnings, and nobody else', () => {
    const readers = ['dept-supervisor', 'bureau-supervisor', 'auditor', 'admin']
    for (const role of readers) expect(keys(menuFor([role], withClock))).toContain('warnings')
    const others = ROLE_CODES.filter((role) => !readers.includes(role))
    expect(keys(menuFor(others, withClock))).not.toContain('warnings')
    expect(menuFor(['auditor'], withClock).find((e) => e.key === 'warnings')?.to).toBe('/supervision/warnings')
  })

  it('gives the score dashboards to supervisors, auditors and admins only', () => {
    const readers = ['dept-supervisor', 'bureau-supervisor', 'auditor', 'admin']
    for (const role of readers) expect(keys(menuFor([role], withClock))).toContain('scores')
    const others = ROLE_CODES.filter((role) => !readers.includes(role))
    expect(keys(menuFor(others, withClock))).not.toContain('scores')
  })

  it('never offers the clock to non-admins', () => {
    const others = ROLE_CODES.filter((role) => role !== 'admin')
    expect(keys(menuFor(others, withClock))).not.toContain('clock')
  })

  it('gives the reform office the calendar editor', () => {
    expect(keys(menuFor(['reform-office'], withClock))).toEqual([
      'home',
      'catalog',
      'modeling',
      'calendar',
      'tasklist',
      'cockpit',
    ])
  })

  it('offers the calendar editor to the reform office and administrators only', () => {
    const others = ROLE_CODES.filter((role) => role !== 'admin' && role !== 'reform-office')
    expect(keys(menuFor(others, withClock))).not.toContain('calendar')
  })

  it('gives the reform office the item catalog, and nobody else but admins', () => {
    expect(keys(menuFor(['reform-office'], withClock))).toContain('catalog')
    const others = ROLE_CODES.filter((role) => role !== 'admin' && role !== 'reform-office')
    expect(keys(menuFor(others, withClock))).not.toContain('catalog')
    expect(menuFor(['reform-office'], withClock).find((e) => e.key === 'catalog')?.to).toBe('/catalog')
  })

  it('gives the modeling workbench to the reform office and administrators only', () => {
    expect(menuFor(['reform-office'], withClock).find((e) => e.key === 'modeling')?.to).toBe('/modeling')
    expect(keys(menuFor(['admin'], withClock))).toContain('modeling')
    const others = ROLE_CODES.filter((role) => role !== 'admin' && role !== 'reform-office')
    expect(keys(menuFor(others, withClock))).not.toContain('modeling')
  })

  it('merges the entries of several roles without duplicates', () => {
    expect(keys(menuFor(['clerk', 'auditor', 'handler'], withClock))).toEqual([
      'home',
      'tasks',
      'intake',
      'cases',
      'posts',
      'warnings',
      'scores',
      'tasklist',
      'cockpit',
      'complaints',
      'follow-ups',
      'supervision-cards',
      'archive',
      'audit-log',
    ])
  })

  it('offers the supervision cards to department supervisors, the bureau and auditors only', () => {
    for (const role of ['dept-supervisor', 'bureau-supervisor', 'auditor']) {
      expect(keys(menuFor([role], withClock))).toContain('supervision-cards')
    }
    const others = ROLE_CODES.filter((role) => !['dept-supervisor', 'bureau-supervisor', 'auditor'].includes(role))
    for (const role of others) {
      expect(keys(menuFor([role], withClock))).not.toContain('supervision-cards')
    }
  })

  it('links Camunda web apps out and keeps in-app entries as routes', () => {
    const byKey = Object.fromEntries(menuFor(['admin'], withClock).map((e) => [e.key, e]))
    expect(byKey.tasklist?.href).toBe('/camunda/app/tasklist/')
    expect(byKey.cockpit?.href).toBe('/camunda/app/cockpit/')
    expect(byKey['camunda-admin']?.href).toBe('/camunda/app/admin/')
    expect(byKey.home?.to).toBe('/')
  })

  it('gives department supervisors and the bureau the complaints and the bad-rating follow-ups', () => {
    for (const role of ['dept-supervisor', 'bureau-supervisor']) {
      expect(keys(menuFor([role], withClock))).toEqual(expect.arrayContaining(['complaints', 'follow-ups']))
    }
    expect(keys(menuFor(['handler', 'applicant'], withClock))).not.toContain('complaints')
  })

  it('offers the notice archive to auditors, the bureau and admins, and the audit log to auditors and admins', () => {
    const notArchive = ROLE_CODES.filter((role) => !['auditor', 'bureau-supervisor', 'admin'].includes(role))
    expect(keys(menuFor(notArchive, withClock))).not.toContain('archive')
    const notLog = ROLE_CODES.filter((role) => role !== 'auditor' && role !== 'admin')
    expect(keys(menuFor(notLog, withClock))).not.toContain('audit-log')
  })

  it('uses unique keys across the whole table', () => {
    const all = keys(NAVIGATION)
    expect(new Set(all).size).toBe(all.length)
  })
})
