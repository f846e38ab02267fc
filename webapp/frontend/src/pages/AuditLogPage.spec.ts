import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { vLoading } from 'element-plus'
import { createAppI18n } from '@/i18n'
import AuditLogPage from './AuditLogPage.vue'

vi.mock('@/api/audit', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/audit')>()),
  listAuditEntries: vi.fn(),
  verifyAuditChain: vi.fn(),
}))

const audit = await import('@/api/audit')
let wrapper: VueWrapper | null = null

const entry = {
  id: 7,
  occurredAt: '2026-12-07T01:00:00Z',
  actor: 'clerk',
  action: 'TASK_COMPLETED',
  caseNo: 'SFX-SCJGJ-20261207-0001',
  objectId: 'task=42',
  httpMethod: null,
  path: null,
  status: null,
  outcome: 'SUCCESS' as const,
  detail: 'Task_PreCheck 窗口预审',
  prevHash: '0'.repeat(64),
  hash: 'ab'.repeat(32),
}

async function open() {
  vi.mocked(audit.listAuditEntries).mockResolvedValue({ items: [entry], total: 1, size: 50 })
  wrapper = mount(AuditLogPage, { global: { plugins: [createAppI18n('zh-CN')], directives: { loading: vLoading } } })
  await flushPromises()
}

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.clearAllMocks()
})

describe('AuditLogPage', () => {
  it('lists the entries with their action in words', async () => {
    await open()
    const table = wrapper!.find('[data-test="audit-table"]').text()
    expect(table).toContain('办理任务')
    expect(table).toContain('SFX-SCJGJ-20261207-0001')
    expect(table).toContain('2026-12-07 09:00:00')
  })

  it('says where the chain breaks and why', async () => {
    vi.mocked(audit.verifyAuditChain).mockResolvedValue({
      ok: false,
      checked: 6,
      firstBrokenId: 7,
      reason: 'ROW_MISSING',
      lastId: 9,
      lastHash: 'ef'.repeat(32),
    })
    await open()
    await wrapper!.find('[data-test="audit-verify"]').trigger('click')
    await flushPromises()
    const verdict = wrapper!.find('[data-test="audit-verdict"]').text()
    expect(verdict).toContain('第 7 条记录起异常（记录被删除）')
    expect(verdict).toContain('ef'.repeat(32))
  })

  it('reports an intact chain', async () => {
    vi.mocked(audit.verifyAuditChain).mockResolvedValue({ ok: true, checked: 9, firstBrokenId: null, reason: null, lastId: 9, lastHash: 'ef'.repeat(32) })
    await open()
    await wrapper!.find('[data-test="audit-verify"]').trigger('click')
    await flushPromises()
    expect(wrapper!.find('[data-test="audit-verdict"]').text()).toContain('日志链完整：已校验 9 条记录')
  })
})
