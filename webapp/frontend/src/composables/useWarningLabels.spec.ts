/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ANOMALY_KINDS, WARNING_KINDS, WARNING_LEVELS } from '@/api/warnings'
import { createAppI18n } from '@/i18n'
import { withSetup } from '@/testing/withSetup'
import { useWarningLabels } from './useWarningLabels'

/** The constants of the backend's AnomalyKind enum, read from its source. */
function backendAnomalyKinds(): string[] {
  // Specs run from webapp/frontend (npm test, and the Maven build's frontend plugin).
  const source = readFileSync(resolve(process.cwd(), '../../engine/src/main/java/cn/egov/approval/supervision/AnomalyKind.java'), 'utf8')
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '')
  return code
    .slice(code.indexOf('{') + 1, code.lastIndexOf('}'))
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => /^[A-Z_]+$/.test(part))
}

describe('useWarningLabels', () => {
  it('names every anomaly the backend raises', () => {
    expect([...ANOMALY_KINDS].sort()).toEqual(backendAnomalyKinds().sort())
  })

  it('names every kind in Chinese and in English', () => {
    const zh = withSetup(() => useWarningLabels())
    const en = withSetup(() => useWarningLabels(), [createAppI18n('en')])
    for (const kind of WARNING_KINDS) {
      expect(zh.kindLabel(kind), kind).toMatch(/[\u4e00-\u9fff]/)
      expect(en.kindLabel(kind), kind).not.toBe(kind)
    }
    expect(zh.kindLabel('DECIDED_BEFORE_RECORDED')).toBe('先批后录')
    expect(zh.kindLabel('PROMISED_LIMIT_EXCEEDED')).toBe('超承诺时限')
  })

  it('shows the levels as 提示, 黄牌, 红牌 and 异常 in their colours', () => {
    const labels = withSetup(() => useWarningLabels())
    expect(WARNING_LEVELS.map(labels.levelLabel)).toEqual(['提示', '黄牌', '红牌', '异常'])
    expect(WARNING_LEVELS.map(labels.levelTag)).toEqual(['info', 'warning', 'danger', 'primary'])
    expect(labels.statusLabel('HANDLING')).toBe('督办中')
  })

  it('shows a code it does not know as it is', () => {
    const labels = withSetup(() => useWarningLabels())
    expect(labels.kindLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW')
    expect(labels.levelTag('PURPLE')).toBe('info')
    expect(labels.kindLabel(null)).toBe('')
  })
})
