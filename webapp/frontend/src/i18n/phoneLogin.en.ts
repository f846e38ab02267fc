import type phoneLoginZh from './phoneLogin.zh-CN'

/** English texts of the phone code sign-in; the Chinese file defines the keys. */
const phoneLoginEn: typeof phoneLoginZh = {
  phoneLogin: {
    passwordTab: 'Password',
    tab: 'Phone code',
    phone: 'Mobile number',
    phonePlaceholder: 'Enter your 11-digit mobile number',
    phoneRequired: 'Please enter your mobile number',
    phoneInvalid: 'Please enter a valid 11-digit mainland China mobile number',
    code: 'Code',
    codePlaceholder: '6-digit code',
    codeRequired: 'Please enter the code',
    codeInvalid: 'The code has 6 digits',
    sendCode: 'Get code',
    resendIn: 'Resend in {seconds} s',
    sent: 'Code sent; it is valid for {minutes} minutes',
    sendFailed: 'The code could not be sent, please try again later',
    submit: 'Sign in',
    hint: 'A number without an account gets an applicant account once verified',
  },
}

export default phoneLoginEn
