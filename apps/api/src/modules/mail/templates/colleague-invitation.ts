import { defineMailTemplate } from './mail-template';

/** A firm's owner invites a colleague (essential): the link joins the firm as a member. */
export const colleagueInvitation = defineMailTemplate<{
  inviterName: string;
  companyName: string;
  path: string;
  hours: number;
}>({
  name: 'colleague-invitation',
  content: {
    en: (p, link) => ({
      subject: `${p.inviterName} invites you to ${p.companyName} on the Joint Chamber platform`,
      heading: `Join ${p.companyName}`,
      paragraphs: [
        `${p.inviterName} invites you to work for ${p.companyName} on the Pakistan–Azerbaijan Joint Chamber B2B platform: you will see the firm's matches, contact requests and conversations.`,
        'Sign in, or create an account with this e-mail address, then accept the invitation.',
      ],
      action: { label: 'Accept the invitation', url: link(p.path) },
      footnote: `The link works once, for ${p.hours} hours. If you do not expect it, ignore this e-mail.`,
    }),
    az: (p, link) => ({
      subject: `${p.inviterName} sizi Birgə Palata platformasında ${p.companyName} şirkətinə dəvət edir`,
      heading: `${p.companyName} şirkətinə qoşulun`,
      paragraphs: [
        `${p.inviterName} sizi Pakistan–Azərbaycan Birgə Palatasının B2B platformasında ${p.companyName} adından işləməyə dəvət edir: şirkətin uyğunluqlarını, əlaqə sorğularını və yazışmalarını görəcəksiniz.`,
        'Daxil olun və ya bu e-poçt ünvanı ilə hesab yaradın, sonra dəvəti qəbul edin.',
      ],
      action: { label: 'Dəvəti qəbul et', url: link(p.path) },
      footnote: `Keçid bir dəfə, ${p.hours} saat ərzində işləyir. Gözləmirdinizsə, bu məktuba məhəl qoymayın.`,
    }),
    ur: (p, link) => ({
      subject: `${p.inviterName} آپ کو جوائنٹ چیمبر پلیٹ فارم پر ${p.companyName} میں مدعو کرتے ہیں`,
      heading: `${p.companyName} میں شامل ہوں`,
      paragraphs: [
        `${p.inviterName} آپ کو پاکستان–آذربائیجان جوائنٹ چیمبر کے B2B پلیٹ فارم پر ${p.companyName} کی جانب سے کام کرنے کی دعوت دیتے ہیں: آپ فرم کے میچ، رابطے کی درخواستیں اور گفتگو دیکھ سکیں گے۔`,
        'سائن ان کریں، یا اسی ای میل پتے سے اکاؤنٹ بنائیں، پھر دعوت قبول کریں۔',
      ],
      action: { label: 'دعوت قبول کریں', url: link(p.path) },
      footnote: `یہ لنک ایک بار، ${p.hours} گھنٹے تک کام کرتا ہے۔ اگر آپ اس کی توقع نہیں کر رہے تھے تو اس ای میل کو نظر انداز کریں۔`,
    }),
    ru: (p, link) => ({
      subject: `${p.inviterName} приглашает вас в ${p.companyName} на платформе Совместной палаты`,
      heading: `Присоединяйтесь к ${p.companyName}`,
      paragraphs: [
        `${p.inviterName} приглашает вас работать от имени ${p.companyName} на B2B-платформе Пакистано-Азербайджанской совместной палаты: вы увидите подборки партнёров, запросы на контакт и переписку фирмы.`,
        'Войдите или создайте учётную запись с этим адресом электронной почты, затем примите приглашение.',
      ],
      action: { label: 'Принять приглашение', url: link(p.path) },
      footnote: `Ссылка действует один раз в течение ${p.hours} часов. Если вы не ждали этого письма, просто проигнорируйте его.`,
    }),
  },
});
