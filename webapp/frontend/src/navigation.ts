import type { Component } from 'vue'
import {
  Avatar,
  Calendar,
  Clock,
  Collection,
  DataLine,
  Document,
  Files,
  HomeFilled,
  List,
  Memo,
  Monitor,
  Setting,
  Stamp,
  Tools,
} from '@element-plus/icons-vue'
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

/** Applicants file applications online and follow their own cases (我的申请). */
export const APPLICANT_ROLES: readonly RoleCode[] = ['applicant']

/** A department's own staff behind the window: they review and decide, and keep AB posts (AB岗). */
export const DEPARTMENT_STAFF_ROLES: readonly RoleCode[] = ['handler', 'section-head', 'deputy-leader', 'leader']

/** Who has casework tasks (待办): the window clerks and the department staff. */
export const TASK_ROLES: readonly RoleCode[] = ['clerk', ...DEPARTMENT_STAFF_ROLES]

/** Who files applications at the window (窗口收件). */
export const INTAKE_ROLES: readonly RoleCode[] = ['clerk']

/** Who watches the live supervision board (监察看板): supervisors of a department or of the region. */
export const BOARD_ROLES: readonly RoleCode[] = ['dept-supervisor', 'bureau-supervisor', 'admin']

/** Who reads cases (办件查询): the department's staff, and supervisors, auditors and admins of the region. */
export const CASE_ROLES: readonly RoleCode[] = [
  ...TASK_ROLES,
  'dept-supervisor',
  'bureau-supervisor',
  'auditor',
  'admin',
]

/** Who reads the score dashboards (效能考评): supervisors, auditors and admins; the bureau and admins edit weights. */
export const SCORE_ROLES: readonly RoleCode[] = ['dept-supervisor', 'bureau-supervisor', 'auditor', 'admin']

/**
 * The ONE table of menu entries. New features add lines here; routes in
 * src/router/routes.ts carry the same roles in meta.roles.
 */
export const NAVIGATION: readonly NavEntry[] = [
  { key: 'home', titleKey: 'nav.home', icon: HomeFilled, to: '/' },
  { key: 'my-cases', titleKey: 'casework.nav.myCases', icon: Document, roles: APPLICANT_ROLES, to: '/my/cases' },
  { key: 'tasks', titleKey: 'casework.nav.tasks', icon: Memo, roles: TASK_ROLES, to: '/work/tasks' },
  { key: 'intake', titleKey: 'casework.nav.intake', icon: Stamp, roles: INTAKE_ROLES, to: '/work/intake' },
  { key: 'cases', titleKey: 'casework.nav.cases', icon: Files, roles: CASE_ROLES, to: '/work/cases' },
  { key: 'posts', titleKey: 'casework.nav.posts', icon: Avatar, roles: DEPARTMENT_STAFF_ROLES, to: '/work/posts' },
  { key: 'board', titleKey: 'supervisionBoard.nav', icon: Monitor, roles: BOARD_ROLES, to: '/supervision/board' },
  { key: 'scores', titleKey: 'scores.nav', icon: DataLine, roles: SCORE_ROLES, to: '/supervision/scores' },
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
