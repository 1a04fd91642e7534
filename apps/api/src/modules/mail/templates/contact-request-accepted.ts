import { defineMailTemplate } from './mail-template';

/** The firm asked accepted: the conversation is open (category contact_requests). */
export const contactRequestAccepted = defineMailTemplate<{
  firmName: string;
  conversationId: string;
}>({
  name: 'contact-request-accepted',
  content: {
    en: (p, link) => ({
      subject: `${p.firmName} accepted your contact request`,
      heading: 'Your request was accepted',
      paragraphs: [`${p.firmName} accepted your contact request. You can now write to each other.`],
      action: { label: 'Open the conversation', url: link(`/messages/${p.conversationId}`) },
    }),
    az: (p, link) => ({
      subject: `${p.firmName} əlaqə sorğunuzu qəbul etdi`,
      heading: 'Sorğunuz qəbul edildi',
      paragraphs: [`${p.firmName} əlaqə sorğunuzu qəbul etdi. İndi bir-birinizə yaza bilərsiniz.`],
      action: { label: 'Söhbəti açın', url: link(`/messages/${p.conversationId}`) },
    }),
    ur: (p, link) => ({
      subject: `${p.firmName} نے آپ کی رابطے کی درخواست قبول کر لی`,
      heading: 'آپ کی درخواست قبول ہو گئی',
      paragraphs: [
        `${p.firmName} نے آپ کی رابطے کی درخواست قبول کر لی ہے۔ اب آپ ایک دوسرے کو پیغام بھیج سکتے ہیں۔`,
      ],
      action: { label: 'گفتگو کھولیں', url: link(`/messages/${p.conversationId}`) },
    }),
    ru: (p, link) => ({
      subject: `${p.firmName} приняла ваш запрос на контакт`,
      heading: 'Ваш запрос принят',
      paragraphs: [`${p.firmName} приняла ваш запрос на контакт. Теперь вы можете переписываться.`],
      action: { label: 'Открыть переписку', url: link(`/messages/${p.conversationId}`) },
    }),
  },
});
