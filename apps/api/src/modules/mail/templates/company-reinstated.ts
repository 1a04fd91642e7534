import { defineMailTemplate } from './mail-template';

/** Chamber staff lifted the firm's suspension (essential: an account notice). */
export const companyReinstated = defineMailTemplate<{ companyName: string }>({
  name: 'company-reinstated',
  content: {
    en: (p, link) => ({
      subject: `${p.companyName}: membership restored`,
      heading: 'Your firm’s access is restored',
      paragraphs: [
        `The chamber has lifted the suspension of ${p.companyName}. The firm is back in the directory and in matches, and its accounts can sign in again.`,
      ],
      action: { label: 'Sign in', url: link('/sign-in') },
    }),
    az: (p, link) => ({
      subject: `${p.companyName}: üzvlük bərpa olunub`,
      heading: 'Şirkətinizin girişi bərpa olunub',
      paragraphs: [
        `Palata ${p.companyName} şirkətinin üzvlüyünün dayandırılmasını ləğv edib. Şirkət yenidən kataloqda və uyğunluqlardadır, hesabları yenidən sistemə daxil ola bilər.`,
      ],
      action: { label: 'Daxil olun', url: link('/sign-in') },
    }),
    ur: (p, link) => ({
      subject: `${p.companyName}: رکنیت بحال`,
      heading: 'آپ کی فرم کی رسائی بحال کر دی گئی ہے',
      paragraphs: [
        `چیمبر نے ${p.companyName} کی معطلی ختم کر دی ہے۔ فرم دوبارہ ڈائریکٹری اور میچز میں شامل ہے اور اس کے اکاؤنٹس پھر سے سائن اِن کر سکتے ہیں۔`,
      ],
      action: { label: 'سائن اِن کریں', url: link('/sign-in') },
    }),
    ru: (p, link) => ({
      subject: `${p.companyName}: членство восстановлено`,
      heading: 'Доступ вашей компании восстановлен',
      paragraphs: [
        `Палата сняла приостановку членства компании ${p.companyName}. Компания снова в каталоге и в подборках партнёров, её сотрудники снова могут войти.`,
      ],
      action: { label: 'Войти', url: link('/sign-in') },
    }),
  },
});
