import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useFeeAction } from './useFeeAction'
import {
  assignStaff,
  createWindow,
  getBook,
  getMonthlySummary,
  getReconciliation,
  handInBook,
  importStatement,
  issueBook,
  listBooks,
  listFeeTakers,
  listWindows,
  monthlySummaryUrl,
  unassignStaff,
  writeOffBook,
  type BookView,
  type FeeTaker,
  type MonthlySummary,
  type ReceiptBook,
  type Reconciliation,
  type WindowOverview,
} from '@/api/fees'

/** The largest bank statement the server accepts (1 MiB); checked here too, to say so at once. */
export const MAX_STATEMENT_BYTES = 1024 * 1024

/** The window codes the server accepts (FeeWindows.create): receipt books and settlements name them. */
export const WINDOW_CODE = /^[A-Z0-9-]{2,32}$/

export const MAX_WINDOW_NAME = 100

/** A new window as the form holds it; an empty department means none. */
export interface WindowForm {
  code: string
  name: string
  departmentCode: string
  central: boolean
}

/** What is wrong with a new window, field by field, as message keys; empty when it can be sent. */
export function windowProblems(form: WindowForm): Partial<Record<'code' | 'name', string>> {
  const problems: Partial<Record<'code' | 'name', string>> = {}
  const code = windowCode(form.code)
  if (!code) problems.code = 'fees.windows.codeRequired'
  else if (!WINDOW_CODE.test(code)) problems.code = 'fees.windows.codePattern'
  const name = form.name.trim()
  if (!name) problems.name = 'fees.windows.nameRequired'
  else if (name.length > MAX_WINDOW_NAME) problems.name = 'fees.windows.nameTooLong'
  return problems
}

/** Codes are capitals: one typed in lower case is taken as meant. */
function windowCode(typed: string): string {
  return typed.trim().toUpperCase()
}

/** The Monday of the week a day falls in, as yyyy-MM-dd. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const back = (date.getUTCDay() + 6) % 7
  date.setUTCDate(date.getUTCDate() - back)
  return date.toISOString().slice(0, 10)
}

/**
 * The finance bureau's desk (财政局): windows and who works at them, receipt books (领/缴/销), the weekly
 * reconciliation with an imported bank statement (周对账) and the monthly summary (月汇总).
 */
export function useFinanceDesk() {
  const { t } = useI18n()
  const windows = ref<WindowOverview[]>([])
  const feeTakers = ref<FeeTaker[]>([])
  const books = ref<ReceiptBook[]>([])
  const book = ref<BookView | null>(null)
  const reconciliation = ref<Reconciliation | null>(null)
  const summary = ref<MonthlySummary | null>(null)
  const { busy, errorMessage, run } = useFeeAction()

  async function load(): Promise<void> {
    const loaded = await run(() => Promise.all([listWindows(), listBooks(), listFeeTakers()]))
    if (!loaded) return
    const [loadedWindows, loadedBooks, loadedTakers] = loaded
    windows.value = loadedWindows
    books.value = loadedBooks
    feeTakers.value = loadedTakers
  }

  /** Sends a new window if the form is valid; true once it is open. */
  async function openWindow(form: WindowForm): Promise<boolean> {
    if (Object.keys(windowProblems(form)).length) return false
    const window = { code: windowCode(form.code), name: form.name.trim(), departmentCode: form.departmentCode || null, central: form.central }
    const opened = await run(() => createWindow(window), t('fees.windows.created', { code: window.code }))
    if (opened) await load()
    return opened !== null
  }

  /** Puts someone at a window; they leave any other window they were at. */
  function assign(windowCode: string, username: string): Promise<boolean> {
    return changeStaff(() => assignStaff(windowCode, username), t('fees.windows.assigned', { username, code: windowCode }))
  }

  function unassign(windowCode: string, username: string): Promise<boolean> {
    return changeStaff(() => unassignStaff(windowCode, username), t('fees.windows.unassigned', { username, code: windowCode }))
  }

  async function changeStaff(change: () => Promise<void>, success: string): Promise<boolean> {
    const done = await run(() => change().then(() => true), success)
    if (done) await load()
    return done === true
  }

  async function open(id: string): Promise<void> {
    book.value = await run(() => getBook(id))
  }

  async function issue(request: { windowCode: string; series: string; firstNo: number; lastNo: number }): Promise<void> {
    if (await run(() => issueBook(request), t('fees.finance.issued'))) await load()
  }

  async function handIn(id: string): Promise<void> {
    book.value = (await run(() => handInBook(id))) ?? book.value
    await load()
  }

  async function writeOff(id: string): Promise<void> {
    book.value = (await run(() => writeOffBook(id))) ?? book.value
    await load()
  }

  async function reconcile(weekStart: string): Promise<void> {
    reconciliation.value = await run(() => getReconciliation(weekStart))
  }

  async function upload(weekStart: string, file: File): Promise<void> {
    if (file.size > MAX_STATEMENT_BYTES) {
      errorMessage.value = t('fees.finance.tooLarge')
      return
    }
    if (await run(() => importStatement(weekStart, file), t('fees.finance.imported'))) await reconcile(weekStart)
  }

  async function loadSummary(month: string): Promise<void> {
    summary.value = await run(() => getMonthlySummary(month))
  }

  return {
    windows,
    feeTakers,
    books,
    book,
    reconciliation,
    summary,
    errorMessage,
    busy,
    load,
    openWindow,
    assign,
    unassign,
    open,
    issue,
    handIn,
    writeOff,
    reconcile,
    upload,
    loadSummary,
    summaryUrl: monthlySummaryUrl,
  }
}
