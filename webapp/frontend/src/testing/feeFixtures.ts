import type { FeeTaker, WindowOverview } from '@/api/fees'

/** The demo's central cashier window (DemoFeeWindows) with the demo cashier at it and one book. */
export const centralWindow: WindowOverview = {
  code: 'ZWFW-01',
  name: '集中收费窗口（1 楼 1 号）',
  departmentCode: 'SFX-ZWFW',
  central: true,
  staff: [{ username: 'cashier', displayName: '钱收费' }],
  booksInUse: 1,
}

/** The demo cashier, as GET /api/fees/staff lists them. */
export const demoCashier: FeeTaker = { username: 'cashier', displayName: '钱收费', departmentCode: 'SFX-ZWFW', windowCode: 'ZWFW-01' }
