import { describe, expect, it } from 'vitest'
import { isWithinRegion, regionTree } from './regionTree'

const regions = [
  { code: 'SF-SFS-SFX', name: '示范县', level: 'county', parentCode: 'SF-SFS' },
  { code: 'SF', name: '示范省', level: 'province', parentCode: null },
  { code: 'SF-SFS-SFY', name: '示范乙县', level: 'county', parentCode: 'SF-SFS' },
  { code: 'SF-SFS', name: '示范市', level: 'city', parentCode: 'SF' },
  { code: 'LOST', name: '孤立县', level: 'county', parentCode: 'GONE' },
]

describe('regionTree', () => {
  it('puts every region after its parent, indented by depth', () => {
    expect(regionTree(regions).map((node) => `${node.depth}:${node.code}`)).toEqual([
      '0:LOST',
      '0:SF',
      '1:SF-SFS',
      '2:SF-SFS-SFX',
      '2:SF-SFS-SFY',
    ])
  })

  it('tells whether a region lies within another', () => {
    expect(isWithinRegion(regions, 'SF-SFS-SFX', 'SF-SFS-SFX')).toBe(true)
    expect(isWithinRegion(regions, 'SF-SFS-SFX', 'SF')).toBe(true)
    expect(isWithinRegion(regions, 'SF', 'SF-SFS-SFX')).toBe(false)
    expect(isWithinRegion(regions, 'SF-SFS-SFY', 'SF-SFS-SFX')).toBe(false)
    expect(isWithinRegion(regions, 'LOST', 'SF')).toBe(false)
  })
})
