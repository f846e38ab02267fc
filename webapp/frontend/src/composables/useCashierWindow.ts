import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { useFeeAction } from './useFeeAction'
import {
  getCaseAccount,
  getMyWindow,
  pay,
  settle,
  voidNextReceipt,
  voidPayment,
  type CaseAccount,
  type Deposit,
  type MyWindow,
  type PaymentMethod,
  type Receipt,
  type Settlement,
} from '@/api/fees'

/** The methods money is taken by at a window (online payments arrive by callback). */
export const WINDOW_METHODS: readonly PaymentMethod[] = ['CASH', 'TRANSFER', 'WIRE']

/** Yuan from an amount the API states in yuan or fen, for display with two decimals. */
export function yuan(amount: number | null | undefined, fen = false): string {
  if (amount === null || amount === undefined) return '—'
  return (fen ? amount / 100 : amount).toFixed(2)
}

/**
 * The window cashier's view (窗口收费): the caller's window with its receipt books, a case's
 * bill and payments, taking money with a receipt, voids with a reason and the end-of-day
 * settlement (日结清).
 */
export function useCashierWindow() {
  const { t } = useI18n()
  const window = ref<MyWindow | null>(null)
  const account = ref<CaseAccount | null>(null)
  const lastReceipt = ref<Receipt | null>(null)
  const settlement = ref<Settlement | null>(null)
  const { busy, errorMessage, run } = useFeeAction()
  const deposits = ref<Record<PaymentMethod, Deposit>>({
    CASH: { amount: '', reference: '' },
    TRANSFER: { amount: '', reference: '' },
    WIRE: { amount: '', reference: '' },
    E_PAYMENT: { amount: '', reference: '' },
  })

  const bookInUse = computed(() => window.value?.books.find((view) => view.book.status === 'ISSUED' && view.remaining > 0) ?? null)

  async function load(): Promise<void> {
    const loaded = await run(getMyWindow)
    if (loaded) {
      window.value = loaded
      settlement.value = loaded.today
    }
  }

  async function lookUp(caseNo: string): Promise<void> {
    account.value = await run(() => getCaseAccount(caseNo.trim()))
  }

  async function takePayment(method: PaymentMethod, amount: string, reference: string): Promise<void> {
    if (!account.value) return
    const caseNo = account.value.bill.caseNo
    const receipt = await run(() => pay({ caseNo, amount, method, reference: reference || undefined }), t('fees.cashier.paid'))
    if (receipt) {
      lastReceipt.value = receipt
      await Promise.all([lookUp(caseNo), load()])
    }
  }

  async function cancel(paymentId: string, reason: string): Promise<void> {
    if (await run(() => voidPayment(paymentId, reason), t('fees.cashier.voided'))) {
      if (account.value) await lookUp(account.value.bill.caseNo)
      await load()
    }
  }

  async function spoilNext(reason: string): Promise<void> {
    if (await run(() => voidNextReceipt(reason), t('fees.cashier.voided'))) await load()
  }

  async function settleToday(): Promise<void> {
    if (!window.value) return
    const given: Partial<Record<PaymentMethod, Deposit>> = {}
    for (const [method, deposit] of Object.entries(deposits.value) as [PaymentMethod, Deposit][]) {
      if (deposit.amount !== '') given[method] = { amount: deposit.amount, reference: deposit.reference || undefined }
    }
    const settled = await run(() => settle(window.value!.window.code, window.value!.today.day, given))
    if (settled) {
      settlement.value = settled
      if (settled.balanced) ElMessage.success(t('fees.cashier.balanced'))
      else ElMessage.warning(t('fees.cashier.imbalanced'))
    }
  }

  return {
    window,
    account,
    lastReceipt,
    settlement,
    deposits,
    errorMessage,
    busy,
    bookInUse,
    load,
    lookUp,
    takePayment,
    cancel,
    spoilNext,
    settleToday,
  }
}
