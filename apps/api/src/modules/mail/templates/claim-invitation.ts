import { defineMailTemplate } from './mail-template';

/**
 * Staff invite the registered address of a firm they imported (essential): whoever opens the
 * link with an account of this address becomes the firm's owner on the platform.
 */
export const claimInvitation = defineMailTemplate<{
  companyName: string;
  path: string;
  days: number;
}>({
  name: 'claim-invitation',
  content: {
    en: (p, link) => ({
      subject: `${p.companyName} is listed on the Joint Chamber B2B platform: claim it`,
      heading: `Claim ${p.companyName}`,
      paragraphs: [
        `The Pakistan–Azerbaijan Joint Chamber listed ${p.companyName} on its B2B platform. Firms may already be asking to get in touch; the chamber passes their requests on until someone of your firm answers them.`,
        'Sign in, or create an account with this e-mail address, and accept: you become the firm’s owner and can invite your colleagues.',
      ],
      action: { label: 'Claim the firm', url: link(p.path) },
      footnote: `The link works once, for ${p.days} days.`,
    }),
    az: (p, link) => ({
      subject: `${p.companyName} Birgə Palatanın B2B platformasındadır: onu öz adınıza keçirin`,
      heading: `${p.companyName} şirkətini öz adınıza keçirin`,
      paragraphs: [
        `Pakistan–Azərbaycan Birgə Palatası ${p.companyName} şirkətini öz B2B platformasına əlavə edib. Şirkətlər artıq sizinlə əlaqə istəyə bilər; şirkətinizdən kimsə cavab verənədək palata onların sorğularını sizə ötürür.`,
        'Daxil olun və ya bu e-poçt ünvanı ilə hesab yaradın və qəbul edin: şirkətin sahibi olacaq və həmkarlarınızı dəvət edə biləcəksiniz.',
      ],
      action: { label: 'Şirkəti öz adıma keçir', url: link(p.path) },
      footnote: `Keçid bir dəfə, ${p.days} gün ərzində işləyir.`,
    }),
    ur: (p, link) => ({
      subject: `${p.companyName} جوائنٹ چیمبر کے B2B پلیٹ فارم پر درج ہے: اسے اپنے نام کریں`,
      heading: `${p.companyName} کو اپنے نام کریں`,
      paragraphs: [
        `پاکستان–آذربائیجان جوائنٹ چیمبر نے ${p.companyName} کو اپنے B2B پلیٹ فارم پر درج کیا ہے۔ فرمیں پہلے ہی رابطہ کرنا چاہ سکتی ہیں؛ جب تک آپ کی فرم سے کوئی جواب نہ دے، چیمبر ان کی درخواستیں آپ تک پہنچاتا ہے۔`,
        'سائن ان کریں، یا اسی ای میل پتے سے اکاؤنٹ بنائیں، اور قبول کریں: آپ فرم کے مالک بن جائیں گے اور اپنے ساتھیوں کو مدعو کر سکیں گے۔',
      ],
      action: { label: 'فرم اپنے نام کریں', url: link(p.path) },
      footnote: `یہ لنک ایک بار، ${p.days} دن تک کام کرتا ہے۔`,
    }),
    ru: (p, link) => ({
      subject: `${p.companyName} есть на B2B-платформе Совместной палаты: подтвердите, что это ваша фирма`,
      heading: `Получите доступ к ${p.companyName}`,
      paragraphs: [
        `Пакистано-Азербайджанская совместная палата разместила ${p.companyName} на своей B2B-платформе. Фирмы уже могут просить о контакте; палата передаёт их запросы, пока кто-то из вашей фирмы не ответит сам.`,
        'Войдите или создайте учётную запись с этим адресом электронной почты и примите приглашение: вы станете владельцем фирмы на платформе и сможете пригласить коллег.',
      ],
      action: { label: 'Получить доступ к фирме', url: link(p.path) },
      footnote: `Ссылка действует один раз в течение ${p.days} дней.`,
    }),
  },
});
