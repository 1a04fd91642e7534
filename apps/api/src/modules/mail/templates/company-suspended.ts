import { defineMailTemplate } from './mail-template';

/**
 * Chamber staff suspended the firm's membership (essential: an account notice, never
 * unsubscribable). `reason` is staff's own words, shown as they wrote them; `contact` is the
 * chamber's address (CHAMBER_CONTACT_EMAIL, else the address of MAIL_FROM).
 */
export const companySuspended = defineMailTemplate<{
  companyName: string;
  reason: string;
  contact: string;
}>({
  name: 'company-suspended',
  content: {
    en: (p) => ({
      subject: `${p.companyName}: membership suspended`,
      heading: 'Your firm’s membership is suspended',
      paragraphs: [
        `The chamber has suspended the membership of ${p.companyName} on the B2B platform. While it is suspended, the firm is not shown in the directory or in matches, and its accounts cannot sign in.`,
        `Reason given by the chamber: ${p.reason}`,
        `To resolve it, contact the chamber at ${p.contact}.`,
      ],
    }),
    az: (p) => ({
      subject: `${p.companyName}: üzvlük dayandırılıb`,
      heading: 'Şirkətinizin üzvlüyü dayandırılıb',
      paragraphs: [
        `Palata ${p.companyName} şirkətinin B2B platformasında üzvlüyünü dayandırıb. Bu müddətdə şirkət kataloqda və uyğunluqlarda göstərilmir, hesabları isə sistemə daxil ola bilmir.`,
        `Palatanın göstərdiyi səbəb: ${p.reason}`,
        `Məsələni həll etmək üçün palata ilə əlaqə saxlayın: ${p.contact}.`,
      ],
    }),
    ur: (p) => ({
      subject: `${p.companyName}: رکنیت معطل`,
      heading: 'آپ کی فرم کی رکنیت معطل کر دی گئی ہے',
      paragraphs: [
        `چیمبر نے B2B پلیٹ فارم پر ${p.companyName} کی رکنیت معطل کر دی ہے۔ معطلی کے دوران فرم ڈائریکٹری اور میچز میں نظر نہیں آتی اور اس کے اکاؤنٹس سائن اِن نہیں کر سکتے۔`,
        `چیمبر کی بتائی گئی وجہ: ${p.reason}`,
        `اسے حل کرنے کے لیے چیمبر سے اس پتے پر رابطہ کریں: ${p.contact}`,
      ],
    }),
    ru: (p) => ({
      subject: `${p.companyName}: членство приостановлено`,
      heading: 'Членство вашей компании приостановлено',
      paragraphs: [
        `Палата приостановила членство компании ${p.companyName} на B2B-платформе. Пока оно приостановлено, компания не показывается в каталоге и в подборках партнёров, а её сотрудники не могут войти.`,
        `Причина, указанная палатой: ${p.reason}`,
        `Чтобы решить вопрос, свяжитесь с палатой: ${p.contact}.`,
      ],
    }),
  },
});
