import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { LOCALE_STORAGE_KEY, SUPPORTED_LOCALES, isAppLocale, type AppLocale } from '@/i18n'

/** Current UI language and an action to switch it (kept in localStorage). */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })

  const current = computed<AppLocale>(() => (isAppLocale(locale.value) ? locale.value : 'zh-CN'))

  function setLocale(value: AppLocale): void {
    locale.value = value
    document.documentElement.lang = value
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, value)
    } catch {
      // Storage may be unavailable (private mode); the switch still applies to this tab.
    }
  }

  return { locale: current, locales: SUPPORTED_LOCALES, setLocale }
}
