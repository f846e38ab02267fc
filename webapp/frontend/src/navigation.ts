import type { Component } from 'vue'
import {
  Avatar,
  Calendar,
  ChatLineSquare,
  Clock,
  Collection,
  DataLine,
  Document,
  DocumentChecked,
  Files,
  HomeFilled,
  List,
  Memo,
  Money,
  Monitor,
  Notebook,
  Setting,
  Share,
  Stamp,
  Tools,
  Wallet,
  Warning,
  WarningFilled,
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

/** Who models item processes, decision tables and forms (流程建模): the reform office and administrators. */
export const MODELING_ROLES: readonly RoleCode[] = ['reform-office', 'admin']

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

/** Who reads the supervision warnings (监察预警): supervisors, and auditors and admins of the region. */
export const WARNING_ROLES: readonly RoleCode[] = ['dept-supervisor', 'bureau-supervisor', 'auditor', 'admin']

/** Who reads cases (办件查询): the department's staff, and supervisors, auditors and admins of the region. */
export const CASE_ROLES: readonly RoleCode[] = [
  ...TASK_ROLES,
  'dept-supervisor',
  'bureau-supervisor',
  'auditor',
  'admin',
]

/** Who handles complaints (投诉处理): department supervisors, the bureau; auditors and admins read; clerks record calls and visits. */
export const COMPLAINT_ROLES: readonly RoleCode[] = ['dept-supervisor', 'bureau-supervisor', 'auditor', 'admin', 'clerk']

/** Who sees the follow-ups of bad ratings (差评整改): department supervisors record them, the bureau watches. */
export const FOLLOW_UP_ROLES: readonly RoleCode[] = ['dept-supervisor', 'bureau-supervisor', 'auditor', 'admin']
/** Who reads supervision cards (督办卡): department supervisors, the supervision bureau, auditors. */
export const SUPERVISION_CARD_ROLES: readonly RoleCode[] = ['dept-supervisor', 'bureau-supervisor', 'auditor']
/** Who reads the auditor archive of issued notices (文书档案), within their region. */
export const ARCHIVE_ROLES: readonly RoleCode[] = ['auditor', 'bureau-supervisor', 'admin']

/** Who works on penalty cases (行政处罚): officers, legal reviewers, and the heads who open, review and decide. */
export const PENALTY_ROLES: readonly RoleCode[] = ['penalty-officer', 'legal-reviewer', 'section-head', 'leader']
/** Who files penalty cases and decides on the spot: law-enforcement officers. */
export const PENALTY_OFFICER_ROLES: readonly RoleCode[] = ['penalty-officer']

/** Who reads and verifies the hash-chained audit log (审计日志). */
export const AUDIT_LOG_ROLES: readonly RoleCode[] = ['auditor', 'admin']
/** Who reads the score dashboards (效能考评): supervisors, auditors and admins; the bureau and admins edit weights. */
export const SCORE_ROLES: readonly RoleCode[] = ['dept-supervisor', 'bureau-supervisor', 'auditor', 'admin']

/** Who takes fees at a window (窗口收费): the cashiers of the service centre. */
export const CASHIER_ROLES: readonly RoleCode[] = ['cashier']

/** Who keeps receipt books, reconciles and reads the monthly summary (非税收入管理): the finance bureau and admins. */
export const FINANCE_ROLES: readonly RoleCode[] = ['finance', 'admin']

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
  { key: 'warnings', titleKey: 'warnings.nav', icon: WarningFilled, roles: WARNING_ROLES, to: '/supervision/warnings' },
  { key: 'scores', titleKey: 'scores.nav', icon: DataLine, roles: SCORE_ROLES, to: '/supervision/scores' },
  { key: 'catalog', titleKey: 'nav.catalog', icon: Collection, roles: CATALOG_ROLES, to: '/catalog' },
  { key: 'modeling', titleKey: 'modeling.nav', icon: Share, roles: MODELING_ROLES, to: '/modeling' },
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
  // Complaints and satisfaction (issue 5).
  { key: 'complaints', titleKey: 'complaints.nav.list', icon: ChatLineSquare, roles: COMPLAINT_ROLES, to: '/work/complaints' },
  { key: 'follow-ups', titleKey: 'complaints.nav.followUps', icon: Warning, roles: FOLLOW_UP_ROLES, to: '/work/follow-ups' },
  {
    key: 'supervision-cards',
    titleKey: 'supervisionCards.nav.cards',
    icon: Stamp,
    roles: SUPERVISION_CARD_ROLES,
    to: '/supervision/cards',
  },
  { key: 'archive', titleKey: 'audit.nav.archive', icon: DocumentChecked, roles: ARCHIVE_ROLES, to: '/audit/archive' },
  { key: 'audit-log', titleKey: 'audit.nav.log', icon: Notebook, roles: AUDIT_LOG_ROLES, to: '/audit/log' },
  // Central fee collection (issue 6).
  { key: 'cashier', titleKey: 'fees.nav.cashier', icon: Wallet, roles: CASHIER_ROLES, to: '/fees/cashier' },
  { key: 'finance', titleKey: 'fees.nav.finance', icon: Money, roles: FINANCE_ROLES, to: '/fees/finance' },
  // Penalty cases (issue 6).
  { key: 'penalty', titleKey: 'penalty.nav', icon: Stamp, roles: PENALTY_ROLES, to: '/penalty' },
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
