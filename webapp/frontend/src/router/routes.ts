import type { RouteRecordRaw } from 'vue-router'
import type { RoleCode } from '@/api/types'
import {
  APPLICANT_ROLES,
  BOARD_ROLES,
  ARCHIVE_ROLES,
  AUDIT_LOG_ROLES,
  CASE_ROLES,
  CASHIER_ROLES,
  CATALOG_ROLES,
  COMPLAINT_ROLES,
  DEPARTMENT_STAFF_ROLES,
  FINANCE_ROLES,
  FOLLOW_UP_ROLES,
  INTAKE_ROLES,
  PENALTY_OFFICER_ROLES,
  PENALTY_ROLES,
  MODELING_ROLES,
  SUPERVISION_CARD_ROLES,
  SCORE_ROLES,
  TASK_ROLES,
  WARNING_ROLES,
} from '@/navigation'

declare module 'vue-router' {
  interface RouteMeta {
    /** Roles allowed to open the route; absent = any logged-in user. */
    roles?: readonly RoleCode[]
    /** Reachable without logging in. */
    public?: boolean
    /** vue-i18n key for the document title. */
    titleKey?: string
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/pages/LoginPage.vue'),
    meta: { public: true, titleKey: 'login.heading' },
  },
  {
    path: '/401',
    name: 'unauthorized',
    component: () => import('@/pages/UnauthorizedPage.vue'),
    meta: { public: true, titleKey: 'errors.unauthorizedTitle' },
  },
  {
    path: '/403',
    name: 'forbidden',
    component: () => import('@/pages/ForbiddenPage.vue'),
    meta: { public: true, titleKey: 'errors.forbiddenTitle' },
  },
  {
    // The public service guide: no login, its own light layout.
    path: '/guide',
    component: () => import('@/components/GuideShell.vue'),
    meta: { public: true },
    children: [
      {
        path: '',
        name: 'guide',
        component: () => import('@/pages/GuidePage.vue'),
        meta: { public: true, titleKey: 'guide.title' },
      },
      {
        path: 'items/:code',
        name: 'guide-item',
        component: () => import('@/pages/GuideItemPage.vue'),
        props: true,
        meta: { public: true, titleKey: 'guide.itemTitle' },
      },
    ],
  },
  {
    path: '/',
    component: () => import('@/components/AppShell.vue'),
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('@/pages/HomePage.vue'),
        meta: { titleKey: 'nav.home' },
      },
      {
        path: 'admin/clock',
        name: 'clock',
        component: () => import('@/pages/ClockPage.vue'),
        meta: { roles: ['admin'], titleKey: 'nav.clock' },
      },
      {
        path: 'admin/calendar',
        name: 'calendar',
        component: () => import('@/pages/CalendarPage.vue'),
        meta: { roles: ['reform-office', 'admin'], titleKey: 'nav.calendar' },
      },
      {
        path: 'catalog',
        name: 'catalog',
        component: () => import('@/pages/CatalogListPage.vue'),
        meta: { roles: CATALOG_ROLES, titleKey: 'nav.catalog' },
      },
      {
        path: 'catalog/new',
        name: 'catalog-new',
        component: () => import('@/pages/CatalogEditorPage.vue'),
        meta: { roles: CATALOG_ROLES, titleKey: 'catalog.editor.createTitle' },
      },
      {
        path: 'catalog/items/:code',
        name: 'catalog-item',
        component: () => import('@/pages/CatalogEditorPage.vue'),
        props: true,
        meta: { roles: CATALOG_ROLES, titleKey: 'catalog.editor.editTitle' },
      },
      {
        path: 'modeling',
        name: 'modeling',
        component: () => import('@/pages/ModelingPage.vue'),
        meta: { roles: MODELING_ROLES, titleKey: 'modeling.nav' },
      },
      {
        path: 'modeling/:kind(bpmn|dmn|form)/:key',
        name: 'modeling-editor',
        component: () => import('@/pages/ModelingEditorPage.vue'),
        props: (route) => ({ kind: route.params.kind, modelKey: route.params.key }),
        meta: { roles: MODELING_ROLES, titleKey: 'modeling.editor.title' },
      },
      {
        path: 'work/tasks',
        name: 'tasks',
        component: () => import('@/pages/TaskListPage.vue'),
        meta: { roles: TASK_ROLES, titleKey: 'casework.nav.tasks' },
      },
      {
        path: 'work/tasks/:id',
        name: 'task',
        component: () => import('@/pages/TaskPage.vue'),
        props: true,
        meta: { roles: TASK_ROLES, titleKey: 'casework.nav.task' },
      },
      {
        path: 'work/intake',
        name: 'intake',
        component: () => import('@/pages/IntakePage.vue'),
        meta: { roles: INTAKE_ROLES, titleKey: 'casework.nav.intake' },
      },
      {
        path: 'supervision/board',
        name: 'supervision-board',
        component: () => import('@/pages/SupervisionBoardPage.vue'),
        meta: { roles: BOARD_ROLES, titleKey: 'supervisionBoard.nav' },
      },
      {
        path: 'supervision/scores',
        name: 'supervision-scores',
        component: () => import('@/pages/ScorePage.vue'),
        meta: { roles: SCORE_ROLES, titleKey: 'scores.nav' },
      },
      {
        path: 'work/cases',
        name: 'cases',
        component: () => import('@/pages/CaseListPage.vue'),
        meta: { roles: CASE_ROLES, titleKey: 'casework.nav.cases' },
      },
      {
        path: 'work/cases/:caseNo',
        name: 'case',
        component: () => import('@/pages/CaseDetailPage.vue'),
        props: true,
        meta: { roles: CASE_ROLES, titleKey: 'casework.nav.caseDetail' },
      },
      {
        path: 'work/posts',
        name: 'posts',
        component: () => import('@/pages/PostsPage.vue'),
        meta: { roles: DEPARTMENT_STAFF_ROLES, titleKey: 'casework.nav.posts' },
      },
      // Penalty cases (issue 6).
      {
        path: 'penalty',
        name: 'penalty',
        component: () => import('@/pages/PenaltyListPage.vue'),
        meta: { roles: PENALTY_ROLES, titleKey: 'penalty.nav' },
      },
      {
        path: 'penalty/new/:procedure(general|on-the-spot)',
        name: 'penalty-new',
        component: () => import('@/pages/PenaltyFilingPage.vue'),
        props: true,
        meta: { roles: PENALTY_OFFICER_ROLES, titleKey: 'penalty.navFile' },
      },
      {
        path: 'penalty/cases/:caseNo',
        name: 'penalty-case',
        component: () => import('@/pages/PenaltyCasePage.vue'),
        props: true,
        meta: { roles: PENALTY_ROLES, titleKey: 'penalty.navCase' },
      },
      // Complaints and satisfaction (issue 5).
      {
        path: 'work/complaints',
        name: 'complaints',
        component: () => import('@/pages/ComplaintListPage.vue'),
        meta: { roles: COMPLAINT_ROLES, titleKey: 'complaints.nav.list' },
      },
      {
        path: 'work/complaints/:complaintNo',
        name: 'complaint-detail',
        component: () => import('@/pages/ComplaintDetailPage.vue'),
        props: true,
        meta: { roles: COMPLAINT_ROLES, titleKey: 'complaints.nav.detail' },
      },
      {
        path: 'work/follow-ups',
        name: 'follow-ups',
        component: () => import('@/pages/FollowUpListPage.vue'),
        meta: { roles: FOLLOW_UP_ROLES, titleKey: 'complaints.nav.followUps' },
      },
      {
        path: 'supervision/cards',
        name: 'supervision-cards',
        component: () => import('@/pages/SupervisionCardListPage.vue'),
        meta: { roles: SUPERVISION_CARD_ROLES, titleKey: 'supervisionCards.nav.cards' },
      },
      {
        path: 'supervision/cards/:id',
        name: 'supervision-card',
        component: () => import('@/pages/SupervisionCardPage.vue'),
        props: true,
        meta: { roles: SUPERVISION_CARD_ROLES, titleKey: 'supervisionCards.nav.card' },
      },
      {
        path: 'audit/archive',
        name: 'notice-archive',
        component: () => import('@/pages/NoticeArchivePage.vue'),
        meta: { roles: ARCHIVE_ROLES, titleKey: 'audit.nav.archive' },
      },
      {
        path: 'audit/log',
        name: 'audit-log',
        component: () => import('@/pages/AuditLogPage.vue'),
        meta: { roles: AUDIT_LOG_ROLES, titleKey: 'audit.nav.log' },
      },
      {
        path: 'supervision/warnings',
        name: 'supervision-warnings',
        component: () => import('@/pages/WarningListPage.vue'),
        meta: { roles: WARNING_ROLES, titleKey: 'warnings.nav' },
      },
      {
        path: 'fees/cashier',
        name: 'fees-cashier',
        component: () => import('@/pages/CashierPage.vue'),
        meta: { roles: CASHIER_ROLES, titleKey: 'fees.nav.cashier' },
      },
      {
        path: 'fees/finance',
        name: 'fees-finance',
        component: () => import('@/pages/FinancePage.vue'),
        meta: { roles: FINANCE_ROLES, titleKey: 'fees.nav.finance' },
      },
    ],
  },
  {
    // After the workbench, whose home owns '/' itself (this record would match '/' too).
    // The applicant's portal, in the guide's light layout: applying and one's own cases need
    // an applicant's login, the progress query nothing but the case number and query code.
    path: '/',
    component: () => import('@/components/GuideShell.vue'),
    children: [
      {
        path: 'apply/:code',
        name: 'apply',
        component: () => import('@/pages/ApplyPage.vue'),
        props: true,
        meta: { roles: APPLICANT_ROLES, titleKey: 'casework.nav.apply' },
      },
      {
        path: 'my/cases',
        name: 'my-cases',
        component: () => import('@/pages/MyCasesPage.vue'),
        meta: { roles: APPLICANT_ROLES, titleKey: 'casework.nav.myCases' },
      },
      {
        path: 'my/cases/:caseNo',
        name: 'my-case',
        component: () => import('@/pages/MyCaseDetailPage.vue'),
        props: true,
        meta: { roles: APPLICANT_ROLES, titleKey: 'casework.nav.caseDetail' },
      },
      {
        path: 'progress',
        name: 'progress',
        component: () => import('@/pages/ProgressPage.vue'),
        meta: { public: true, titleKey: 'casework.nav.progress' },
      },
      {
        // Complaints from the public (issue 5): no login, a phone number or a case number with its code.
        path: 'complaint',
        name: 'complaint',
        component: () => import('@/pages/ComplaintPage.vue'),
        meta: { public: true, titleKey: 'complaints.nav.file' },
      },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/NotFoundPage.vue'),
    meta: { public: true, titleKey: 'errors.notFoundTitle' },
  },
]
