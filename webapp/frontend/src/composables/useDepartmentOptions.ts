import { computed, ref } from 'vue'
import { fetchDepartments, type Department } from '@/api/organisation'
import type { CodeName } from '@/api/types'

/**
 * Departments to filter or file items by, from GET /api/organisation/departments (public,
 * so the guide has them without login), in the server's order: grouped by region, the
 * departments that handle items first.
 */
export function useDepartmentOptions() {
  const all = ref<Department[]>([])
  /** The list could not be read; selects built on this still take a typed department code. */
  const failed = ref(false)

  async function load(): Promise<void> {
    try {
      all.value = await fetchDepartments()
      failed.value = false
    } catch (error) {
      // The page stays usable without the options; its own search shows any outage.
      failed.value = true
      console.warn('Could not read the departments', error)
    }
  }

  const departments = computed<CodeName[]>(() => all.value.map(({ code, name }) => ({ code, name })))

  return { departments, failed, load }
}
