import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { setAcceptLanguage, setErrorRedirectHandlers } from './api/http'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { useSessionStore } from './stores/session'

const pinia = createPinia()
const router = createAppRouter(pinia)
const session = useSessionStore(pinia)

// 401/403 from /api: forget the user and log in again, or show "no permission".
setErrorRedirectHandlers({
  onUnauthorized() {
    session.clear()
    const current = router.currentRoute.value
    if (!current.meta.public) {
      void router.replace({ name: 'login', query: { redirect: current.fullPath } })
    }
  },
  onForbidden() {
    void router.replace({ name: 'forbidden' })
  },
})

document.documentElement.lang = i18n.global.locale.value
setAcceptLanguage(() => i18n.global.locale.value)

// Restore the session (GET /api/me) once; the router guard waits for it.
void session.ensureLoaded()

createApp(App).use(pinia).use(i18n).use(ElementPlus).use(router).mount('#app')
