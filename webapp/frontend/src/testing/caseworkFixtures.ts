import type { CatalogItem } from '@/api/catalog'
import type { CaseDetail, CaseMaterial, CaseSummary } from '@/api/cases'
import type { Task, TaskDetail } from '@/api/tasks'

/** Test data shared by the casework specs, shaped as the contract answers. */

export function aMaterial(overrides: Partial<CaseMaterial> = {}): CaseMaterial {
  return {
    id: 31,
    materialIndex: 0,
    materialName: '食品经营许可申请书',
    fileName: '申请书.pdf',
    contentType: 'application/pdf',
    sizeBytes: 2048,
    sha256: 'ab'.repeat(32),
    uploadedAt: '2026-10-12T01:00:00Z',
    uploadedBy: 'applicant',
    ...overrides,
  }
}

export function aCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    caseNo: 'SFX-2026-000123',
    queryCode: 'K7P2QX',
    itemCode: 'SFX-SCJGJ-XK-0001',
    itemVersion: 1,
    itemName: '食品经营许可',
    department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
    participants: [{ code: 'SFX-SCJGJ', name: '示范县市场监督管理局', lead: true, subDeadline: null }],
    applicant: { name: '张三', type: 'PERSON', idNo: '110101199003077777', phone: '13800138000' },
    channel: 'ONLINE',
    formData: { description: '新开一家面馆', projectName: '张三面馆', address: '示范县人民路 1 号' },
    status: 'IN_PROGRESS',
    decision: null,
    receivedAt: '2026-10-12T01:00:00Z',
    acceptedAt: '2026-10-13T02:00:00Z',
    deemedAccepted: false,
    promisedLimitDays: 10,
    statutoryLimitDays: 20,
    promisedDeadline: '2026-10-27',
    statutoryDeadline: '2026-11-10',
    workingDaysLeft: 6,
    pausedWorkingDays: 0,
    extension: null,
    pauses: [],
    materials: [aMaterial()],
    currentSteps: [{ taskId: 't-1', step: 'handler', stepName: '承办人审查', assignee: 'handler' }],
    fee: null,
    certificate: null,
    deliveredAt: null,
    closedAt: null,
    timeline: [
      {
        at: '2026-10-12T01:00:00Z',
        kind: 'RECEIVED',
        actor: 'applicant',
        actorName: '张三',
        step: null,
        outcome: null,
        opinion: null,
        detail: null,
        anomaly: false,
      },
    ],
    ...overrides,
  }
}

export function aCaseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    caseNo: 'SFX-2026-000123',
    itemCode: 'SFX-SCJGJ-XK-0001',
    itemName: '食品经营许可',
    department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
    applicantName: '张三',
    status: 'IN_PROGRESS',
    decision: null,
    receivedAt: '2026-10-12T01:00:00Z',
    promisedDeadline: '2026-10-27',
    statutoryDeadline: '2026-11-10',
    workingDaysLeft: 6,
    overdue: false,
    ...overrides,
  }
}

export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 't-1',
    caseNo: 'SFX-2026-000123',
    itemName: '食品经营许可',
    applicantName: '张三',
    step: 'handler',
    stepName: '承办人审查',
    outcomes: ['APPROVE', 'REFUSE'],
    assignee: null,
    onBehalfOf: null,
    createdAt: '2026-10-13T02:00:00Z',
    promisedDeadline: '2026-10-27',
    statutoryDeadline: '2026-11-10',
    workingDaysLeft: 6,
    caseStatus: 'IN_PROGRESS',
    ...overrides,
  }
}

export function aTaskDetail(task: Partial<Task> = {}, schema: Record<string, unknown> | null = null): TaskDetail {
  return { task: aTask(task), form: { schema, data: {} } }
}

/** A published licensing item with two materials, the second optional. */
export function anItem(overrides: Partial<CatalogItem> = {}): CatalogItem {
  return {
    code: 'SFX-SCJGJ-XK-0001',
    name: '食品经营许可',
    kind: 'LICENSING',
    department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
    parentCode: null,
    subItems: [],
    version: 1,
    status: 'PUBLISHED',
    elements: {},
    statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
    promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
    onTheSpot: false,
    parallelApproval: false,
    applicantTypes: ['PERSON', 'ENTERPRISE'],
    approvingLeaderRole: null,
    reviewingSection: null,
    handlers: null,
    steps: [],
    fees: [],
    materials: [
      { name: '食品经营许可申请书', form: 'ORIGINAL', copies: 1, required: true, note: null, blankForm: null },
      { name: '场所平面图', form: 'COPY', copies: 1, required: false, note: null, blankForm: null },
    ],
    processKey: 'licensing-standard',
    processParameters: null,
    ...overrides,
  }
}
