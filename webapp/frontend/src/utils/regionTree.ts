import type { OrganisationRegion } from '@/api/organisation'

/** A region placed in the province → city → county tree; `depth` 0 is a province. */
export interface RegionNode extends OrganisationRegion {
  depth: number
}

/**
 * The regions in tree order, each parent followed by its children (by code), with their
 * depth for indenting. A region whose parent is unknown is shown as a root rather than
 * lost; the walk starts from the roots only, so a cycle in the data cannot loop.
 */
export function regionTree(regions: readonly OrganisationRegion[]): RegionNode[] {
  const known = new Set(regions.map((region) => region.code))
  const children = new Map<string | null, OrganisationRegion[]>()
  for (const region of regions) {
    const parent = region.parentCode && known.has(region.parentCode) ? region.parentCode : null
    children.set(parent, [...(children.get(parent) ?? []), region])
  }
  const result: RegionNode[] = []
  const visit = (parent: string | null, depth: number): void => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.code.localeCompare(b.code))
    for (const region of list) {
      result.push({ ...region, depth })
      visit(region.code, depth + 1)
    }
  }
  visit(null, 0)
  return result
}

/** Whether `code` is `ancestor` itself or lies below it. */
export function isWithinRegion(regions: readonly OrganisationRegion[], code: string, ancestor: string): boolean {
  const parents = new Map(regions.map((region) => [region.code, region.parentCode]))
  let current: string | null | undefined = code
  for (let depth = 0; current && depth <= regions.length; depth++) {
    if (current === ancestor) return true
    current = parents.get(current)
  }
  return false
}
