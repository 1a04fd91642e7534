import { defineMailTemplate } from './mail-template';

/** Sent at sign-up and on "send the link again": the link verifies the address (essential). */
export const verifyEmail = defineMailTemplate<{ fullName: string; token: string }>({
  name: 'verify-email',
  content: {
    en: (p, link) => ({
      subject: 'Confirm your e-mail address',
      heading: `Hello ${p.fullName},`,
      paragraphs: [
        'Please confirm that this is your e-mail address. Your firm is sent to the chamber for review once the address is confirmed.',
      ],
      action: { label: 'Confirm my address', url: link(`/verify-email?token=${p.token}`) },
      footnote: 'The link works for 48 hours. If you did not sign up, ignore this e-mail.',
    }),
    az: (p, link) => ({
      subject: 'E-poçt ünvanınızı təsdiqləyin',
      heading: `Salam, ${p.fullName},`,
      paragraphs: [
        'Zəhmət olmasa, bu e-poçt ünvanının sizə məxsus olduğunu təsdiqləyin. Ünvan təsdiqləndikdən sonra şirkətiniz yoxlama üçün palataya göndəriləcək.',
      ],
      action: { label: 'Ünvanımı təsdiqlə', url: link(`/verify-email?token=${p.token}`) },
      footnote:
        'Keçid 48 saat etibarlıdır. Qeydiyyatdan keçməmisinizsə, bu məktuba məhəl qoymayın.',
    }),
    ur: (p, link) => ({
      subject: 'اپنے ای میل پتے کی تصدیق کریں',
      heading: `السلام علیکم ${p.fullName}،`,
      paragraphs: [
        'براہ کرم تصدیق کریں کہ یہ آپ کا ای میل پتہ ہے۔ پتے کی تصدیق کے بعد آپ کی فرم جائزے کے لیے چیمبر کو بھیجی جائے گی۔',
      ],
      action: { label: 'میرے پتے کی تصدیق کریں', url: link(`/verify-email?token=${p.token}`) },
      footnote:
        'یہ لنک 48 گھنٹے کام کرتا ہے۔ اگر آپ نے سائن اپ نہیں کیا تو اس ای میل کو نظر انداز کریں۔',
    }),
    ru: (p, link) => ({
      subject: 'Подтвердите адрес электронной почты',
      heading: `Здравствуйте, ${p.fullName}!`,
      paragraphs: [
        'Пожалуйста, подтвердите, что это ваш адрес электронной почты. После подтверждения адреса ваша компания будет отправлена в палату на проверку.',
      ],
      action: { label: 'Подтвердить адрес', url: link(`/verify-email?token=${p.token}`) },
      footnote:
        'Ссылка действует 48 часов. Если вы не регистрировались, просто проигнорируйте это письмо.',
    }),
  },
});
