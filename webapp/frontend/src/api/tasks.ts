import { http } from './http'
import type { CaseDetail, CaseStatus } from './cases'

/** The licensing process's user-task steps, in the order a case meets them. */
export const TASK_STEPS = [
  'pre-check',
  'handler',
  'section-head',
  'deputy-leader',
  'leader',
  'joint-opinion',
  'extension-approval',
  'payment',
  'certificate',
  'delivery',
] as const
export type TaskStep = (typeof TASK_STEPS)[number]

/** Every outcome a step can offer; each becomes one button on the task page. */
export const TASK_OUTCOMES = [
  'ACCEPT',
  'REQUEST_CORRECTION',
  'REJECT',
  'APPROVE',
  'REFUSE',
  'RETURN',
  'AGREE',
  'DISAGREE',
  'PAID',
  'ISSUED',
  'DELIVERED',
  'APPLIED',
  'NOT_APPLIED',
] as const
export type TaskOutcome = (typeof TASK_OUTCOMES)[number]

/** One entry of GET /api/tasks. */
export interface Task {
  id: string
  caseNo: string
  itemName: string
  applicantName: string
  step: TaskStep | string
  stepName: string
  outcomes: (TaskOutcome | string)[]
  assignee: string | null
  /** AB post: the absent A post's username whose task this backup sees. */
  onBehalfOf: string | null
  /** That post holder's display name (null when there is none). */
  onBehalfOfName?: string | null
  createdAt: string
  promisedDeadline: string | null
  statutoryDeadline: string | null
  workingDaysLeft: number | null
  caseStatus: CaseStatus
  /** The task's own due time (ISO instant), e.g. the pre-check's 5-working-day limit before the case's clock runs. */
  dueAt?: string | null
}

/** A form-js option as the server hands it in `materialOptions` and `returnOptions`. */
export interface FormOption {
  label: string
  value: string
}

/** The task's Camunda Form: a form-js schema (null when the step has none) and its initial data. */
export interface TaskForm {
  schema: Record<string, unknown> | null
  data: Record<string, unknown> & { materialOptions?: FormOption[]; returnOptions?: FormOption[] }
}

/** GET /api/tasks/{id}. */
export interface TaskDetail {
  task: Task
  form: TaskForm
}

export interface Colleague {
  username: string
  displayName: string
}

/** Body of POST /api/tasks/{id}/complete: the outcome plus the form's values. */
export interface TaskCompletion {
  outcome: TaskOutcome | string
  opinion?: string
  [field: string]: unknown
}

const TASKS_URL = '/api/tasks'

function taskUrl(id: string): string {
  return `${TASKS_URL}/${encodeURIComponent(id)}`
}

/** GET /api/tasks: the user's to-do list, the most urgent first. */
export async function listTasks(): Promise<Task[]> {
  const { data } = await http.get<Task[]>(TASKS_URL)
  return data
}

/** GET /api/tasks/{id}: the task with its form. */
export async function fetchTask(id: string): Promise<TaskDetail> {
  const { data } = await http.get<TaskDetail>(taskUrl(id))
  return data
}

/** POST /api/tasks/{id}/claim. */
export async function claimTask(id: string): Promise<Task> {
  const { data } = await http.post<Task>(`${taskUrl(id)}/claim`)
  return data
}

/** POST /api/tasks/{id}/unclaim: back to the group. */
export async function unclaimTask(id: string): Promise<Task> {
  const { data } = await http.post<Task>(`${taskUrl(id)}/unclaim`)
  return data
}

/** GET /api/tasks/{id}/colleagues: who may take the task over (same department and role). */
export async function fetchColleagues(id: string): Promise<Colleague[]> {
  const { data } = await http.get<Colleague[]>(`${taskUrl(id)}/colleagues`)
  return data
}

/** POST /api/tasks/{id}/delegate: the colleague becomes the assignee. */
export async function delegateTask(id: string, username: string): Promise<Task> {
  const { data } = await http.post<Task>(`${taskUrl(id)}/delegate`, { username })
  return data
}

/** POST /api/tasks/{id}/complete; answers the case as it stands afterwards. */
export async function completeTask(id: string, completion: TaskCompletion): Promise<CaseDetail> {
  const { data } = await http.post<CaseDetail>(`${taskUrl(id)}/complete`, completion)
  return data
}
