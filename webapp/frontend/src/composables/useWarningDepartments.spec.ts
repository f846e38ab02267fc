import { describe, expect, it } from 'vitest'
import type { Department, OrganisationRegion } from '@/api/organisation'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { departmentsReadBy, useWarningDepartments } from './useWarningDepartments'

const regions: OrganisationRegion[] = [
  { code: 'SF', name: '示范省', level: 'province', parentCode: null },
  { code: 'SF-SFS', name: '示范市', level: 'city', parentCode: 'SF' },
  { code: 'SF-SFS-SFX', name: '示范县', level: 'county', parentCode: 'SF-SFS' },
]

const department = (code: string, name: string, regionCode: string): Department => ({ code, name, shortName: null, regionCode, kind: 'functional' })

const departments: Department[] = [
  department('SFS-SCJGJ', '示范市市场监督管理局', 'SF-SFS'),
  department('SFX-SCJGJ', '示范县市场监督管理局', 'SF-SFS-SFX'),
  department('SFX-ZJJ', '示范县住房和城乡建设局', 'SF-SFS-SFX'),
  department('SFX-JCJ', '示范县监察局', 'SF-SFS-SFX'),
]

const codes = (roles: string[], own: string) =>
  departmentsReadBy(departments, regions, { roles, department: { code: own, name: own } }).map((d) => d.code)

describe('departmentsReadBy', () => {
  it('gives a department supervisor their own department only', () => {
    expect(codes(['dept-supervisor'], 'SFX-SCJGJ')).toEqual(['SFX-SCJGJ'])
  })

  it('gives the bureau, auditors and admins their region and the regions below, not the ones above', () => {
    for (const role of ['bureau-supervisor', 'auditor', 'admin']) {
      expect(codes([role], 'SFX-JCJ')).toEqual(['SFX-SCJGJ', 'SFX-ZJJ', 'SFX-JCJ'])
    }
    expect(codes(['bureau-supervisor'], 'SFS-SCJGJ')).toEqual(departments.map((d) => d.code))
  })

  it('gives nothing to a user without a department', () => {
    expect(departmentsReadBy(departments, regions, { roles: ['admin'], department: null })).toEqual([])
    expect(departmentsReadBy(departments, regions, null)).toEqual([])
  })
})

describe('useWarningDepartments', () => {
  it('reads departments and regions, and names a department by its code', async () => {
    const calls = fakeAdapter((call) => ({ status: 200, body: call.url.endsWith('/regions') ? regions : departments }))
    const view = withSetup(() => useWarningDepartments(() => ({ roles: ['dept-supervisor'], department: { code: 'SFX-ZJJ', name: '' } })))
    await view.load()
    expect(calls.map((c) => c.url).sort()).toEqual(['/api/organisation/departments', '/api/organisation/regions'])
    expect(view.readable.value).toEqual([{ code: 'SFX-ZJJ', name: '示范县住房和城乡建设局' }])
    expect(view.nameOf('SFX-JCJ')).toBe('示范县监察局')
    expect(view.nameOf('XX-UNKNOWN')).toBe('XX-UNKNOWN')
  })
})
