import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { phoneLogin, requestPhoneCode } from '@/api/auth'
import { serverMessage } from '@/api/errors'
import { useCountdown } from './useCountdown'
import { useSignIn } from './useLogin'

/** The server sends one code a minute to a number (platform.phone-login.resend-interval). */
export const RESEND_SECONDS = 60

/** Mainland China mobile numbers, as the server checks them. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

export const CODE_PATTERN = /^\d{6}$/

/** Sign-in with a code sent to the phone: send the code (then wait to resend), then sign in. */
export function usePhoneLogin() {
  const { t } = useI18n()
  const { submitting, errorMessage, signIn } = useSignIn()
  const { remaining: resendIn, start: startCountdown } = useCountdown()

  const sending = ref(false)
  /** Minutes the last code sent stays valid; null until one was sent. */
  const validMinutes = ref<number | null>(null)

  async function sendCode(phone: string): Promise<boolean> {
    sending.value = true
    errorMessage.value = null
    try {
      const { expiresInSeconds } = await requestPhoneCode(phone)
      validMinutes.value = Math.max(1, Math.round(expiresInSeconds / 60))
      startCountdown(RESEND_SECONDS)
      return true
    } catch (error) {
      // 400 (malformed number) and 429 (asked too often) carry a message for the user.
      errorMessage.value = serverMessage(error) ?? t('phoneLogin.sendFailed')
      return false
    } finally {
      sending.value = false
    }
  }

  function submit(phone: string, code: string): Promise<boolean> {
    return signIn(() => phoneLogin(phone, code))
  }

  return { sending, submitting, resendIn, validMinutes, errorMessage, sendCode, submit }
}
