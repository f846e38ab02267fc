import { computed, ref } from 'vue'
import { listItems } from '@/api/catalog'
import type { CodeName } from '@/api/types'

/** How many catalog rows are read to learn the departments that have items. */
export const DEPARTMENT_PROBE_SIZE = 100

/**
 * Departments to filter or file items by. The API contract has no department list, so
 * they are learnt from the catalog itself (one broad page of items) plus whatever else
 * the page has seen; selects built on this also accept a typed department code.
 */
export function useDepartmentOptions() {
  const known = ref(new Map<string, string>())

  function remember(departments: readonly (CodeName | null | undefined)[]): void {
    let changed = false
    const next = new Map(known.value)
    for (const department of departments) {
      if (department?.code && next.get(department.code) !== department.name) {
        next.set(department.code, department.name ?? department.code)
        changed = true
      }
    }
    if (changed) known.value = next
  }

  async function load(): Promise<void> {
    try {
      const page = await listItems({ size: DEPARTMENT_PROBE_SIZE })
      remember(page.items.map((item) => item.department))
    } catch (error) {
      // Without options the select still takes a typed code; the list page shows the error.
      console.warn('Could not learn the departments from the catalog', error)
    }
  }

  const departments = computed<CodeName[]>(() =>
    [...known.value.entries()]
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  )

  return { departments, remember, load }
}
