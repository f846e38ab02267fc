import { ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { login } from '@/api/auth'
import { serverMessage } from '@/api/errors'
import type { CurrentUser } from '@/api/types'
import { sanitizeRedirect } from '@/router/redirect'
import { useSessionStore } from '@/stores/session'

/**
 * What every way of signing in shares: runs the sign-in call, fills the session store,
 * returns to `?redirect=`, or shows the server's message.
 */
export function useSignIn() {
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()
  const { t } = useI18n()

  const submitting = ref(false)
  const errorMessage = ref<string | null>(null)

  async function signIn(call: () => Promise<CurrentUser>): Promise<boolean> {
    submitting.value = true
    errorMessage.value = null
    try {
      await session.setUser(await call())
    } catch (error) {
      // 401 (wrong credentials) and 429 (locked out) carry a message for the user.
      errorMessage.value = serverMessage(error) ?? t('login.failed')
      return false
    } finally {
      submitting.value = false
    }
    await router.replace(sanitizeRedirect(route.query.redirect))
    return true
  }

  return { submitting, errorMessage, signIn }
}

/** Login action with username and password. */
export function useLogin() {
  const { submitting, errorMessage, signIn } = useSignIn()

  function submit(username: string, password: string): Promise<boolean> {
    return signIn(() => login(username, password))
  }

  return { submitting, errorMessage, submit }
}
