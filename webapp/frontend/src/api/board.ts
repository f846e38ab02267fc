import { http } from './http'

/** One department's figures on the supervision board. */
export interface DepartmentLoad {
  receivedToday: number
  openCases: number
  overdue: number
  pastStatutory: number
  closedToday: number
}

export interface BoardRow {
  code: string
  name: string
  load: DepartmentLoad
}

/** GET /api/supervision/board: the departments the viewer supervises. */
export interface BoardSnapshot {
  generatedAt: string
  departments: BoardRow[]
  totals: DepartmentLoad
}

export type WarningLevel = 'REMINDER' | 'YELLOW' | 'RED' | 'ANOMALY'

/** A `warning` event of the board's stream. */
export interface LiveWarning {
  id: number
  caseNo: string
  department: string
  departmentName: string
  level: WarningLevel
  kind: string
  raisedAt: string
}

/** Server-sent events of new warnings; the browser's EventSource sends the session cookie. */
export const BOARD_STREAM_URL = '/api/supervision/board/stream'

export async function getBoard(): Promise<BoardSnapshot> {
  const { data } = await http.get<BoardSnapshot>('/api/supervision/board')
  return data
}
