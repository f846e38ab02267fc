import { i18n } from '@/i18n'

/** "<page> - <app title>" in the current language. */
export function applyDocumentTitle(titleKey?: string): void {
  const t = i18n.global.t
  const appTitle = t('app.title')
  document.title = titleKey ? `${t(titleKey)} - ${appTitle}` : appTitle
}
