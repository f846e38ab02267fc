import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createAppI18n } from '@/i18n'
import type { PenaltyDetail } from '@/api/penalty'
import { useSessionStore } from '@/stores/session'
import PenaltyCaseSteps from './PenaltyCaseSteps.vue'

/** Fined, delivered 1 March 2027, still unpaid once the enforcement window opened after 1 September. */
function detail(): PenaltyDetail {
  return {
    file: {
      caseNo: 'CF-1',
      stage: 'PAYMENT',
      openedAt: '2027-03-01T09:30:00',
      decidedKind: 'FINE',
      notifiedKind: 'FINE',
      notifiedFine: 20000,
      extensionDays: 0,
      enforcementOpensAfter: '2027-09-01',
      enforcementLastDay: '2027-12-01',
    },
    openSteps: ['AwaitPayment', 'ApplyForEnforcement'],
    pauses: [],
  } as unknown as PenaltyDetail
}

let wrapper: VueWrapper | null = null

async function shown(role: string) {
  const pinia = createPinia()
  useSessionStore(pinia).user = { username: role, displayName: role, department: null, section: null, region: null, roles: [role] }
  wrapper = mount(PenaltyCaseSteps, {
    props: { detail: detail(), busy: false },
    global: { plugins: [pinia, createAppI18n('zh-CN')] },
  })
  await flushPromises()
  return wrapper
}

describe('PenaltyCaseSteps: applying to the court for enforcement', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
  })

  it('gives the section head the window and sends an application only with the court', async () => {
    const head = await shown('section-head')
    const step = head.get('[data-test="penalty-step-enforcement"]')
    expect(step.get('[data-test="penalty-enforcement-window"]').text()).toContain('2027-09-02 至 2027-12-01')
    const submit = step.get('[data-test="penalty-enforcement"]')
    expect(submit.attributes('disabled')).toBeDefined()
    expect(step.text()).toContain('请填写受理法院')

    await step.get('input[data-test="penalty-enforcement-court"]').setValue('示范县人民法院')
    expect(submit.attributes('disabled')).toBeUndefined()
    await submit.trigger('click')

    expect(head.emitted('step')).toEqual([['enforcement', { outcome: 'APPLIED', court: '示范县人民法院' }]])
  })

  it('asks the leader for the reason when not applying, and sends only that', async () => {
    const leader = await shown('leader')
    await leader.get('input[data-test="penalty-enforcement-court"]').setValue('示范县人民法院')
    const notApplying = leader.findAll('[data-test="penalty-enforcement-outcome"] label').find((label) => label.text() === '不申请强制执行')
    await notApplying!.get('input').setValue(true)
    expect(leader.text()).toContain('请填写不申请的理由')
    await leader.get('textarea[data-test="penalty-enforcement-reason"]').setValue('当事人已提起行政诉讼')
    await leader.get('[data-test="penalty-enforcement"]').trigger('click')

    expect(leader.emitted('step')).toEqual([['enforcement', { outcome: 'NOT_APPLIED', reason: '当事人已提起行政诉讼' }]])
  })

  it('is not the officer\u2019s step', async () => {
    const officer = await shown('penalty-officer')
    expect(officer.find('[data-test="penalty-step-enforcement"]').exists()).toBe(false)
    expect(officer.find('[data-test="penalty-step-pay"]').exists()).toBe(true)
  })
})
