import { defineMailTemplate } from './mail-template';

/** "Forgot password": a single-use link that works for 30 minutes (essential). */
export const resetPassword = defineMailTemplate<{ fullName: string; token: string }>({
  name: 'reset-password',
  content: {
    en: (p, link) => ({
      subject: 'Reset your password',
      heading: `Hello ${p.fullName},`,
      paragraphs: [
        'Someone asked to reset the password of your account. Choose a new password with the button below; every device signed in to your account will be signed out.',
      ],
      action: { label: 'Choose a new password', url: link(`/reset-password?token=${p.token}`) },
      footnote:
        'The link works once, for 30 minutes. If you did not ask for it, ignore this e-mail: your password stays as it is.',
    }),
    az: (p, link) => ({
      subject: 'Şifrənizi yeniləyin',
      heading: `Salam, ${p.fullName},`,
      paragraphs: [
        'Hesabınızın şifrəsini yeniləmək üçün sorğu göndərilib. Aşağıdakı düymə ilə yeni şifrə seçin; hesabınıza daxil olmuş bütün cihazlar hesabdan çıxarılacaq.',
      ],
      action: { label: 'Yeni şifrə seçin', url: link(`/reset-password?token=${p.token}`) },
      footnote:
        'Keçid bir dəfə, 30 dəqiqə ərzində işləyir. Bunu siz istəməmisinizsə, məktuba məhəl qoymayın: şifrəniz dəyişməyəcək.',
    }),
    ur: (p, link) => ({
      subject: 'اپنا پاس ورڈ دوبارہ ترتیب دیں',
      heading: `السلام علیکم ${p.fullName}،`,
      paragraphs: [
        'آپ کے اکاؤنٹ کا پاس ورڈ دوبارہ ترتیب دینے کی درخواست کی گئی ہے۔ نیچے دیے گئے بٹن سے نیا پاس ورڈ منتخب کریں؛ آپ کے اکاؤنٹ میں سائن اِن تمام آلات سائن آؤٹ ہو جائیں گے۔',
      ],
      action: { label: 'نیا پاس ورڈ منتخب کریں', url: link(`/reset-password?token=${p.token}`) },
      footnote:
        'یہ لنک صرف ایک بار، 30 منٹ کے لیے کام کرتا ہے۔ اگر آپ نے یہ درخواست نہیں کی تو اس ای میل کو نظر انداز کریں: آپ کا پاس ورڈ نہیں بدلے گا۔',
    }),
    ru: (p, link) => ({
      subject: 'Сброс пароля',
      heading: `Здравствуйте, ${p.fullName}!`,
      paragraphs: [
        'Поступил запрос на сброс пароля вашей учётной записи. Выберите новый пароль по кнопке ниже; все устройства, на которых выполнен вход, будут отключены.',
      ],
      action: { label: 'Выбрать новый пароль', url: link(`/reset-password?token=${p.token}`) },
      footnote:
        'Ссылка действует один раз в течение 30 минут. Если вы не запрашивали сброс, проигнорируйте письмо: пароль останется прежним.',
    }),
  },
});
