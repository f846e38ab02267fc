import { ref } from 'vue'
import { useRouter } from 'vue-router'
import { logout as apiLogout } from '@/api/auth'
import { useSessionStore } from '@/stores/session'

/** Logout action: ends the server session, clears the store, goes to /login. */
export function useLogout() {
  const router = useRouter()
  const session = useSessionStore()
  const loggingOut = ref(false)

  async function logout(): Promise<void> {
    loggingOut.value = true
    try {
      await apiLogout()
    } catch (error) {
      // An expired session cannot be logged out of; forget it locally all the same.
      console.warn('Logout request failed', error)
    } finally {
      session.clear()
      loggingOut.value = false
    }
    await router.replace({ name: 'login' })
  }

  return { loggingOut, logout }
}
