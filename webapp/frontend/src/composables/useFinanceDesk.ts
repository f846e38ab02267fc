import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useFeeAction } from './useFeeAction'
import {
  getBook,
  getMonthlySummary,
  getReconciliation,
  handInBook,
  importStatement,
  issueBook,
  listBooks,
  listWindows,
  monthlySummaryUrl,
  writeOffBook,
  type BookView,
  type FeeWindow,
  type MonthlySummary,
  type ReceiptBook,
  type Reconciliation,
} from '@/api/fees'

/** The largest bank statement the server accepts (1 MiB); checked here too, to say so at once. */
export const MAX_STATEMENT_BYTES = 1024 * 1024

/** The Monday of the week a day falls in, as yyyy-MM-dd. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const back = (date.getUTCDay() + 6) % 7
  date.setUTCDate(date.getUTCDate() - back)
  return date.toISOString().slice(0, 10)
}

/**
 * The finance bureau's desk (财政局): windows and receipt books (领/缴/销), the weekly
 * reconciliation with an imported bank statement (周对账) and the monthly summary (月汇总).
 */
export function useFinanceDesk() {
  const { t } = useI18n()
  const windows = ref<FeeWindow[]>([])
  const books = ref<ReceiptBook[]>([])
  const book = ref<BookView | null>(null)
  const reconciliation = ref<Reconciliation | null>(null)
  const summary = ref<MonthlySummary | null>(null)
  const { busy, errorMessage, run } = useFeeAction()

  async function load(): Promise<void> {
    const [loadedWindows, loadedBooks] = (await run(() => Promise.all([listWindows(), listBooks()]))) ?? [[], []]
    windows.value = loadedWindows
    books.value = loadedBooks
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
    books,
    book,
    reconciliation,
    summary,
    errorMessage,
    busy,
    load,
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
