import { computed, ref } from 'vue'
import { fetchDepartments, fetchRegions, type Department, type OrganisationRegion } from '@/api/organisation'
import type { CodeName, CurrentUser } from '@/api/types'
import { isWithinRegion } from '@/utils/regionTree'

/** Who reads every department of their region and the regions below it (WarningScope on the server). */
const REGION_READERS = ['bureau-supervisor', 'auditor', 'admin']

/**
 * The departments whose warnings `user` reads, in the server's order: a department
 * supervisor their own; the bureau, auditors and admins those of their department's region
 * and the regions below. The server decides (a department outside answers 403, which
 * would leave the page); this only keeps such departments out of the filter.
 */
export function departmentsReadBy(
  departments: readonly Department[],
  regions: readonly OrganisationRegion[],
  user: Pick<CurrentUser, 'department' | 'roles'> | null,
): CodeName[] {
  const own = user?.department?.code
  if (!own) return []
  const regionWide = user.roles.some((role) => REGION_READERS.includes(role))
  const home = departments.find((department) => department.code === own)?.regionCode
  return departments
    .filter((department) =>
      regionWide && home ? isWithinRegion(regions, department.regionCode, home) : department.code === own,
    )
    .map(({ code, name }) => ({ code, name }))
}

/** The warning list's department filter: the departments and regions, and those `user` reads. */
export function useWarningDepartments(user: () => Pick<CurrentUser, 'department' | 'roles'> | null) {
  const departments = ref<Department[]>([])
  const regions = ref<OrganisationRegion[]>([])

  async function load(): Promise<void> {
    try {
      const [allDepartments, allRegions] = await Promise.all([fetchDepartments(), fetchRegions()])
      departments.value = allDepartments
      regions.value = allRegions
    } catch (error) {
      // The list still works unfiltered by department; its own search shows any outage.
      console.warn('Could not read the departments', error)
    }
  }

  const readable = computed(() => departmentsReadBy(departments.value, regions.value, user()))
  const names = computed(() => new Map(departments.value.map((d) => [d.code, d.name])))
  const nameOf = (code: string): string => names.value.get(code) ?? code

  return { readable, nameOf, load }
}
