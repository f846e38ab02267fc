import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { AxiosError, AxiosHeaders } from 'axios'
import { createAppI18n } from '@/i18n'
import LoginPagePhoneForm from './LoginPagePhoneForm.vue'

vi.mock('@/api/auth', () => ({
  login: vi.fn(),
  logout: vi.fn(),
  fetchCurrentUser: vi.fn(),
  requestPhoneCode: vi.fn(),
  phoneLogin: vi.fn(),
}))
vi.mock('@/api/clock', () => ({ fetchClock: vi.fn() }))

/** Element Plus validates and renders asynchronously; allow slow CI machines. */
const WAIT = { timeout: 5000 }

const { phoneLogin, requestPhoneCode } = await import('@/api/auth')
const requestPhoneCodeMock = vi.mocked(requestPhoneCode)
const phoneLoginMock = vi.mocked(phoneLogin)

const applicant = {
  username: 'applicant', displayName: '沈市民', department: null, section: null, region: null, roles: ['applicant'],
}

function httpError(status: number, body: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() }
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, {
    status,
    statusText: '',
    headers: {},
    config,
    data: body,
  })
}

async function mountForm(path = '/login') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginPagePhoneForm },
      { path: '/', name: 'home', component: { template: '<p>home</p>' } },
      { path: '/cases', name: 'cases', component: { template: '<p>cases</p>' } },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(LoginPagePhoneForm, {
    global: { plugins: [pinia, router, createAppI18n('zh-CN')] },
    attachTo: document.body,
  })
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountForm>>['wrapper']

const sendButton = (wrapper: Wrapper) => wrapper.find('[data-test="phone-send-code"]')

describe('LoginPagePhoneForm', () => {
  beforeEach(() => {
    requestPhoneCodeMock.mockReset()
    phoneLoginMock.mockReset()
  })

  it('asks for a valid mobile number before sending a code', async () => {
    const { wrapper } = await mountForm()
    await wrapper.find('input[name="phone"]').setValue('12345')
    await sendButton(wrapper).trigger('click')
    await vi.waitFor(() => {
      expect(wrapper.find('.el-form-item__error').text()).toBe('请输入正确的 11 位中国大陆手机号码')
    }, WAIT)
    expect(requestPhoneCodeMock).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('sends the code and counts down 60 seconds before the next one', async () => {
    requestPhoneCodeMock.mockResolvedValue({ expiresInSeconds: 300 })
    const { wrapper } = await mountForm()
    await wrapper.find('input[name="phone"]').setValue('13800000001')
    await sendButton(wrapper).trigger('click')
    await vi.waitFor(() => expect(sendButton(wrapper).text()).toMatch(/^\d+ 秒后重新获取$/), WAIT)
    expect(requestPhoneCodeMock).toHaveBeenCalledWith('13800000001')
    expect(sendButton(wrapper).attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-test="phone-code-sent"]').text()).toContain('验证码已发送，5 分钟内有效')
    wrapper.unmount()
  })

  it('shows the server message when codes are asked for too often', async () => {
    requestPhoneCodeMock.mockRejectedValue(
      httpError(429, { error: 'too_many_requests', message: '验证码发送过于频繁，请 60 秒后再试' }),
    )
    const { wrapper } = await mountForm()
    await wrapper.find('input[name="phone"]').setValue('13800000001')
    await sendButton(wrapper).trigger('click')
    await vi.waitFor(() => {
      expect(wrapper.find('[data-test="phone-login-error"]').text()).toContain('验证码发送过于频繁')
    }, WAIT)
    expect(sendButton(wrapper).text()).toBe('获取验证码')
    wrapper.unmount()
  })

  it('signs in with the code and returns to ?redirect=', async () => {
    phoneLoginMock.mockResolvedValue(applicant)
    const { wrapper, router } = await mountForm('/login?redirect=%2Fcases')
    await wrapper.find('input[name="phone"]').setValue('13800000001')
    await wrapper.find('input[name="code"]').setValue('123456')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/cases'), WAIT)
    expect(phoneLoginMock).toHaveBeenCalledWith('13800000001', '123456')
    wrapper.unmount()
  })

  it('shows the server message for a wrong or expired code', async () => {
    phoneLoginMock.mockRejectedValue(httpError(401, { error: 'unauthorized', message: '验证码错误或已过期' }))
    const { wrapper, router } = await mountForm()
    await wrapper.find('input[name="phone"]').setValue('13800000001')
    await wrapper.find('input[name="code"]').setValue('000000')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => {
      expect(wrapper.find('[data-test="phone-login-error"]').text()).toContain('验证码错误或已过期')
    }, WAIT)
    expect(router.currentRoute.value.fullPath).toBe('/login')
    wrapper.unmount()
  })

  it('does not call the server with a code that is not six digits', async () => {
    const { wrapper } = await mountForm()
    await wrapper.find('input[name="phone"]').setValue('13800000001')
    await wrapper.find('input[name="code"]').setValue('12ab')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => {
      expect(wrapper.find('.el-form-item__error').text()).toBe('验证码为 6 位数字')
    }, WAIT)
    expect(phoneLoginMock).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
