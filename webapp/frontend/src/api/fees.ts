import { http } from './http'

/** How a payer paid. */
export type PaymentMethod = 'CASH' | 'TRANSFER' | 'WIRE' | 'E_PAYMENT'

export interface FeeWindow {
  code: string
  name: string
  departmentCode: string | null
  central: boolean
}

export interface WindowStaffMember {
  username: string
  /** Null when the account no longer exists. */
  displayName: string | null
}

/** A window as GET /api/fees/windows lists it: who is assigned to it and its books in use. */
export interface WindowOverview extends FeeWindow {
  staff: WindowStaffMember[]
  booksInUse: number
}

/** Someone who may be put at a window (GET /api/fees/staff), with the window they are at now. */
export interface FeeTaker {
  username: string
  displayName: string
  departmentCode: string | null
  windowCode: string | null
}

export interface ReceiptBook {
  id: string
  windowCode: string
  series: string
  firstNo: number
  lastNo: number
  nextNo: number
  status: 'ISSUED' | 'HANDED_IN' | 'WRITTEN_OFF'
}

export interface ReceiptNumber {
  receiptNo: string
  status: 'USED' | 'VOID' | 'SKIPPED'
  reason: string | null
  recordedAt: string
  recordedBy: string
}

/** A book with every number accounted for (GET /api/fees/books/{id}). */
export interface BookView {
  book: ReceiptBook
  used: number
  irregular: ReceiptNumber[]
  missing: string[]
  remaining: number
}

export interface SettlementLine {
  method: PaymentMethod
  receipts: number
  voided: number
  receiptsAmount: number
  taken: number
  deposited: number
  depositReference: string | null
  depositImbalance: number
  receiptImbalance: number
}

export interface Settlement {
  window: FeeWindow
  day: string
  settled: boolean
  lines: SettlementLine[]
  taken: number
  deposited: number
  imbalance: number
  balanced: boolean
}

export interface MyWindow {
  window: FeeWindow
  books: BookView[]
  today: Settlement
}

export interface Payment {
  id: string
  caseNo: string
  feeName: string
  amountFen: number
  method: PaymentMethod
  reference: string | null
  windowCode: string
  receiptNo: string
  status: 'PAID' | 'VOID'
  paidAt: string
  voidReason: string | null
}

export interface CaseAccount {
  bill: { caseNo: string; itemName: string; payerName: string; amount: number | null; status: string }
  due: number | null
  paid: number
  payments: Payment[]
}

export interface PaymentRequest {
  caseNo: string
  amount: string
  method: PaymentMethod
  reference?: string
}

export interface Receipt {
  paymentId: string
  receiptNo: string
  amount: number
  windowCode: string
  paidAt: string
  duplicate: boolean
}

export interface Deposit {
  amount: string
  reference?: string
}

export interface Unmatched {
  side: 'LEDGER' | 'FISCAL' | 'BANK'
  key: string
  amount: number
  detail: string
}

export interface Reconciliation {
  weekStart: string
  weekEnd: string
  ledger: number
  fiscal: number
  bank: number
  unmatched: Unmatched[]
}

export interface SummaryRow {
  departmentCode: string
  itemCode: string
  feeName: string
  count: number
  amount: number
}

export interface MonthlySummary {
  month: string
  rows: SummaryRow[]
  byMethod: Partial<Record<PaymentMethod, number>>
  total: number
  voidedReceipts: number
}

const FEES = '/api/fees'

export async function getMyWindow(): Promise<MyWindow> {
  return (await http.get<MyWindow>(`${FEES}/my-window`)).data
}

export async function getCaseAccount(caseNo: string): Promise<CaseAccount> {
  return (await http.get<CaseAccount>(`${FEES}/cases/${encodeURIComponent(caseNo)}`)).data
}

export async function pay(request: PaymentRequest): Promise<Receipt> {
  return (await http.post<Receipt>(`${FEES}/payments`, request)).data
}

export async function voidPayment(paymentId: string, reason: string): Promise<Payment> {
  return (await http.post<Payment>(`${FEES}/payments/${encodeURIComponent(paymentId)}/void`, { reason })).data
}

export async function voidNextReceipt(reason: string): Promise<string> {
  return (await http.post<{ receiptNo: string }>(`${FEES}/receipts/void-next`, { reason })).data.receiptNo
}

export async function settle(windowCode: string, day: string, deposits: Partial<Record<PaymentMethod, Deposit>>): Promise<Settlement> {
  const url = `${FEES}/settlements/${encodeURIComponent(windowCode)}/${day}`
  return (await http.post<Settlement>(url, { deposits })).data
}

export async function listWindows(): Promise<WindowOverview[]> {
  return (await http.get<WindowOverview[]>(`${FEES}/windows`)).data
}

export async function createWindow(window: FeeWindow): Promise<FeeWindow> {
  return (await http.post<FeeWindow>(`${FEES}/windows`, window)).data
}

function staffUrl(windowCode: string, username: string): string {
  return `${FEES}/windows/${encodeURIComponent(windowCode)}/staff/${encodeURIComponent(username)}`
}

/** Puts someone at a window, taking them off any other. */
export async function assignStaff(windowCode: string, username: string): Promise<void> {
  await http.put(staffUrl(windowCode, username), {})
}

export async function unassignStaff(windowCode: string, username: string): Promise<void> {
  await http.delete(staffUrl(windowCode, username))
}

export async function listFeeTakers(): Promise<FeeTaker[]> {
  return (await http.get<FeeTaker[]>(`${FEES}/staff`)).data
}

export async function listBooks(): Promise<ReceiptBook[]> {
  return (await http.get<ReceiptBook[]>(`${FEES}/books`)).data
}

export async function getBook(id: string): Promise<BookView> {
  return (await http.get<BookView>(`${FEES}/books/${encodeURIComponent(id)}`)).data
}

export async function issueBook(request: { windowCode: string; series: string; firstNo: number; lastNo: number }): Promise<ReceiptBook> {
  return (await http.post<ReceiptBook>(`${FEES}/books`, request)).data
}

export async function handInBook(id: string): Promise<BookView> {
  return (await http.post<BookView>(`${FEES}/books/${encodeURIComponent(id)}/hand-in`, {})).data
}

export async function writeOffBook(id: string): Promise<BookView> {
  return (await http.post<BookView>(`${FEES}/books/${encodeURIComponent(id)}/write-off`, {})).data
}

export async function importStatement(weekStart: string, file: File): Promise<{ id: string; lines: number }> {
  const form = new FormData()
  form.append('file', file)
  return (await http.post<{ id: string; lines: number }>(`${FEES}/reconciliations/${weekStart}/statement`, form)).data
}

export async function getReconciliation(weekStart: string): Promise<Reconciliation> {
  return (await http.get<Reconciliation>(`${FEES}/reconciliations/${weekStart}`)).data
}

export async function getMonthlySummary(month: string): Promise<MonthlySummary> {
  return (await http.get<MonthlySummary>(`${FEES}/summaries/${month}`)).data
}

/** Where the month's summary downloads from, as PDF or Excel. */
export function monthlySummaryUrl(month: string, format: 'pdf' | 'xlsx'): string {
  return `${FEES}/summaries/${month}/${format}`
}
