import type { Component } from 'vue'
import { Calendar, Clock, Collection, DataLine, HomeFilled, List, Setting, Tools } from '@element-plus/icons-vue'
import type { RoleCode } from '@/api/types'

/** Facts about the server that decide whether some entries work at all. */
export interface MenuOptions {
  /** GET /api/admin/clock answered 200 (clock simulation is switched on). */
  clockAvailable: boolean
}

export interface NavEntry {
  /** Unique key, also the ElMenu index. */
  key: string
  /** vue-i18n key of the label. */
  titleKey: string
  icon?: Component
  /** Roles that may see the entry; absent = every logged-in user. */
  roles?: readonly RoleCode[]
  /** Only shown when this option is true. */
  requires?: keyof MenuOptions
  /** In-app route path. */
  to?: string
  /** Link out to another web app, opened in a new tab. */
  href?: string
  children?: readonly NavEntry[]
}

/** Everyone who works inside the administration (all roles but applicant and auditor). */
const TASKLIST_ROLES: readonly RoleCode[] = [
  'clerk',
  'handler',
  'section-head',
  'deputy-leader',
  'leader',
  'dept-supervisor',
  'bureau-supervisor',
  'reform-office',
  'admin',
]

/** Who maintains the item catalog (事项库): the reform office and administrators. */
export const CATALOG_ROLES: readonly RoleCode[] = ['reform-office', 'admin']

/**
 * The ONE table of menu entries. New features add lines here; routes in
 * src/router/routes.ts carry the same roles in meta.roles.
 */
export const NAVIGATION: readonly NavEntry[] = [
  { key: 'home', titleKey: 'nav.home', icon: HomeFilled, to: '/' },
  { key: 'catalog', titleKey: 'nav.catalog', icon: Collection, roles: CATALOG_ROLES, to: '/catalog' },
  {
    key: 'calendar',
    titleKey: 'nav.calendar',
    icon: Calendar,
    roles: ['reform-office', 'admin'],
    to: '/admin/calendar',
  },
  {
    key: 'tasklist',
    titleKey: 'nav.tasklist',
    icon: List,
    roles: TASKLIST_ROLES,
    href: '/camunda/app/tasklist/',
  },
  {
    key: 'cockpit',
    titleKey: 'nav.cockpit',
    icon: DataLine,
    roles: ['admin', 'reform-office', 'bureau-supervisor', 'auditor'],
    href: '/camunda/app/cockpit/',
  },
  {
    key: 'camunda-admin',
    titleKey: 'nav.camundaAdmin',
    icon: Tools,
    roles: ['admin'],
    href: '/camunda/app/admin/',
  },
  {
    key: 'system',
    titleKey: 'nav.system',
    icon: Setting,
    roles: ['admin'],
    children: [
      {
        key: 'clock',
        titleKey: 'nav.clock',
        icon: Clock,
        roles: ['admin'],
        requires: 'clockAvailable',
        to: '/admin/clock',
      },
    ],
  },
]

function visible(entry: NavEntry, roles: readonly string[], options: MenuOptions): boolean {
  if (entry.requires && !options[entry.requires]) return false
  return !entry.roles || entry.roles.some((role) => roles.includes(role))
}

/**
 * The menu a user with `roles` may see. Groups whose children are all hidden
 * disappear too. Pure: no store, no router.
 */
export function menuFor(
  roles: readonly string[],
  options: MenuOptions,
  table: readonly NavEntry[] = NAVIGATION,
): NavEntry[] {
  const result: NavEntry[] = []
  for (const entry of table) {
    if (!visible(entry, roles, options)) continue
    if (entry.children) {
      const children = menuFor(roles, options, entry.children)
      if (children.length > 0) result.push({ ...entry, children })
    } else {
      result.push(entry)
    }
  }
  return result
}
