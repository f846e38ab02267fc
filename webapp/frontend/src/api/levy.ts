import { http } from './http'

/** GET /api/levy/standard: the published standard's amount for an assessment. */
export interface StandardAmount {
  found: boolean
  rule: string | null
  basis: string | null
  unit: string | null
  rate: number | null
  amount: number | null
}

export interface StandardQuery {
  itemCode: string
  quantity?: string
  unitCost?: string
  exempt?: boolean
}

export async function standardAmount(query: StandardQuery): Promise<StandardAmount> {
  const params: Record<string, string> = { itemCode: query.itemCode, exempt: String(query.exempt === true) }
  if (query.quantity) params.quantity = query.quantity
  if (query.unitCost) params.unitCost = query.unitCost
  return (await http.get<StandardAmount>('/api/levy/standard', { params })).data
}
