import { useI18n } from 'vue-i18n'

/** Translated role names; unknown role codes are shown as they are. */
export function useRoleNames() {
  const { t, te } = useI18n()

  function roleName(code: string): string {
    const key = `roles.${code}`
    return te(key) ? t(key) : code
  }

  return { roleName }
}
