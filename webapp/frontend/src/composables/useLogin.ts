import { ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { login } from '@/api/auth'
import { serverMessage } from '@/api/errors'
import { sanitizeRedirect } from '@/router/redirect'
import { useSessionStore } from '@/stores/session'

/** Login action: calls the API, fills the session store, returns to `?redirect=`. */
export function useLogin() {
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()
  const { t } = useI18n()

  const submitting = ref(false)
  const errorMessage = ref<string | null>(null)

  async function submit(username: string, password: string): Promise<boolean> {
    submitting.value = true
    errorMessage.value = null
    try {
      await session.setUser(await login(username, password))
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

  return { submitting, errorMessage, submit }
}
