import type { RouteRecordRaw } from 'vue-router'
import type { RoleCode } from '@/api/types'

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
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/NotFoundPage.vue'),
    meta: { public: true, titleKey: 'errors.notFoundTitle' },
  },
]
