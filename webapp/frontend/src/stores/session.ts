import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { fetchCurrentUser } from '@/api/auth'
import { fetchClock } from '@/api/clock'
import { errorStatus } from '@/api/errors'
import type { CurrentUser, RoleCode } from '@/api/types'

export const useSessionStore = defineStore('session', () => {
  const user = ref<CurrentUser | null>(null)
  /** GET /api/admin/clock answered 200 for this user. */
  const clockAvailable = ref(false)
  let loading: Promise<void> | null = null

  const loggedIn = computed(() => user.value !== null)
  const roles = computed<readonly string[]>(() => user.value?.roles ?? [])

  function hasRole(role: RoleCode): boolean {
    return roles.value.includes(role)
  }

  function hasAnyRole(wanted: readonly RoleCode[]): boolean {
    return wanted.some(hasRole)
  }

  /** Ask the server which optional features this user can use. */
  async function probeFeatures(): Promise<void> {
    clockAvailable.value = false
    if (!hasRole('admin')) return
    try {
      await fetchClock({ probe: true })
      clockAvailable.value = true
    } catch {
      clockAvailable.value = false
    }
  }

  async function setUser(value: CurrentUser): Promise<void> {
    user.value = value
    await probeFeatures()
  }

  /** GET /api/me; a 401 just means nobody is logged in. */
  async function load(): Promise<void> {
    try {
      await setUser(await fetchCurrentUser())
    } catch (error) {
      user.value = null
      clockAvailable.value = false
      if (errorStatus(error) !== 401) console.warn('Could not restore the session', error)
    }
  }

  /** Load once (at app start); later calls reuse the same promise. */
  function ensureLoaded(): Promise<void> {
    loading ??= load()
    return loading
  }

  function clear(): void {
    user.value = null
    clockAvailable.value = false
  }

  return { user, clockAvailable, loggedIn, roles, hasRole, hasAnyRole, setUser, load, ensureLoaded, clear }
})
