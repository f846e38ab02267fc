import { http } from './http'

/** What the workbench edits: BPMN processes, DMN decision tables and Camunda Forms. */
export type ModelKind = 'bpmn' | 'dmn' | 'form'

export const MODEL_KINDS: readonly ModelKind[] = ['bpmn', 'dmn', 'form']

/** One entry of GET /api/modeling/resources. */
export interface ModelResource {
  kind: 'BPMN' | 'DMN' | 'FORM'
  key: string
  name: string | null
  deployedVersion: number | null
}

/** GET /api/modeling/{kind}/{key}: what the editor opens. */
export interface OpenedModel {
  kind: string
  key: string
  content: string
  /** DRAFT: the latest draft; DEPLOYED: the deployed (or shipped) content. */
  source: 'DRAFT' | 'DEPLOYED'
  /** The draft opened, 0 when there is none yet. */
  draftNo: number
  itemCode: string | null
  deployedVersion: number | null
}

/** One draft (content only when asked for one). */
export interface ModelDraft {
  id: number
  resourceKind: string
  resourceKey: string
  draftNo: number
  itemCode: string | null
  content: string | null
  note: string | null
  savedBy: string
  savedAt: string
  deploymentId: string | null
  deployedVersion: number | null
  deployedBy: string | null
  deployedAt: string | null
}

export interface DiffElement {
  id: string
  type: string
  name: string | null
}

export interface ProcessDiff {
  added: DiffElement[]
  removed: DiffElement[]
  changed: DiffElement[]
  xmlDiff: string[]
}

/** GET /api/modeling/items/{code}/generated. */
export interface GeneratedProcess {
  itemCode: string
  itemVersion: number
  processKey: string
  xml: string
  /** What it would replace: draft:N, deployed, or null when nothing exists yet. */
  current: string | null
  currentDraftNo: number
  diff: ProcessDiff | null
}

export interface Deployed {
  deploymentId: string
  version: number | null
  boundItem: string | null
}

export interface ProcessVersion {
  id: string
  version: number
  deploymentId: string
  source: string | null
  deployedAt: string | null
  running: number
}

export interface MigrationInstance {
  id: string
  caseNo: string | null
  canMigrate: boolean
  reasons: string[]
}

export interface MigrationSource {
  version: number
  definitionId: string
  planValid: boolean
  problems: string[]
  instances: MigrationInstance[]
}

const BASE = '/api/modeling'

function path(kind: ModelKind, key: string): string {
  return `${BASE}/${kind}/${encodeURIComponent(key)}`
}

export async function listResources(): Promise<ModelResource[]> {
  return (await http.get<ModelResource[]>(`${BASE}/resources`)).data
}

export async function openModel(kind: ModelKind, key: string): Promise<OpenedModel> {
  return (await http.get<OpenedModel>(path(kind, key))).data
}

export async function listDrafts(kind: ModelKind, key: string): Promise<ModelDraft[]> {
  return (await http.get<ModelDraft[]>(`${path(kind, key)}/drafts`)).data
}

export async function getDraft(kind: ModelKind, key: string, draftNo: number): Promise<ModelDraft> {
  return (await http.get<ModelDraft>(`${path(kind, key)}/drafts/${draftNo}`)).data
}

export async function saveDraft(
  kind: ModelKind,
  key: string,
  body: { content: string; note?: string; baseDraftNo: number; itemCode?: string | null },
): Promise<ModelDraft> {
  return (await http.post<ModelDraft>(`${path(kind, key)}/drafts`, body)).data
}

export async function validateModel(
  kind: ModelKind,
  key: string,
  content: string,
): Promise<{ valid: boolean; problems: string[] }> {
  return (await http.post<{ valid: boolean; problems: string[] }>(`${path(kind, key)}/validate`, { content })).data
}

export async function deployDraft(kind: ModelKind, key: string, draftNo: number): Promise<Deployed> {
  return (await http.post<Deployed>(`${path(kind, key)}/drafts/${draftNo}/deploy`)).data
}

export async function previewGenerated(itemCode: string): Promise<GeneratedProcess> {
  return (await http.get<GeneratedProcess>(`${BASE}/items/${encodeURIComponent(itemCode)}/generated`)).data
}

export async function saveGenerated(itemCode: string, confirm: boolean): Promise<ModelDraft> {
  return (
    await http.post<ModelDraft>(`${BASE}/items/${encodeURIComponent(itemCode)}/generated`, null, {
      params: { confirm },
    })
  ).data
}

export async function listVersions(key: string): Promise<ProcessVersion[]> {
  return (await http.get<ProcessVersion[]>(`${path('bpmn', key)}/versions`)).data
}

export async function migrationPlan(key: string, target: number): Promise<MigrationSource[]> {
  return (await http.get<MigrationSource[]>(`${path('bpmn', key)}/migration`, { params: { target } })).data
}

export async function migrate(key: string, targetVersion: number, instanceIds: string[]): Promise<number> {
  return (await http.post<{ migrated: number }>(`${path('bpmn', key)}/migration`, { targetVersion, instanceIds })).data
    .migrated
}
