import { computed } from 'vue'
import { useRouter } from 'vue-router'
import { menuFor, type NavEntry } from '@/navigation'
import { useSessionStore } from '@/stores/session'

/** The current user's menu and the action behind a click on an entry. */
export function useMenu() {
  const router = useRouter()
  const session = useSessionStore()

  const entries = computed(() =>
    menuFor(session.roles, { clockAvailable: session.clockAvailable }),
  )

  async function open(entry: NavEntry): Promise<void> {
    if (entry.href) window.open(entry.href, '_blank', 'noopener')
    else if (entry.to) await router.push(entry.to)
  }

  return { entries, open }
}
