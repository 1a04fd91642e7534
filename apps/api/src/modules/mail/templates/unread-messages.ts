import { defineMailTemplate } from './mail-template';

/** Digest of one conversation's unread messages, at most one an hour (category messages). */
export const unreadMessages = defineMailTemplate<{
  firmName: string;
  count: number;
  conversationId: string;
}>({
  name: 'unread-messages',
  content: {
    en: (p, link) => ({
      subject: `Unread messages from ${p.firmName}`,
      heading: `${p.firmName} wrote to you`,
      paragraphs: [`You have ${p.count} unread message(s) from ${p.firmName}.`],
      action: { label: 'Read and answer', url: link(`/messages/${p.conversationId}`) },
    }),
    az: (p, link) => ({
      subject: `${p.firmName} şirkətindən oxunmamış mesajlar`,
      heading: `${p.firmName} sizə yazıb`,
      paragraphs: [`${p.firmName} şirkətindən ${p.count} oxunmamış mesajınız var.`],
      action: { label: 'Oxuyun və cavab verin', url: link(`/messages/${p.conversationId}`) },
    }),
    ur: (p, link) => ({
      subject: `${p.firmName} کی جانب سے غیر پڑھے پیغامات`,
      heading: `${p.firmName} نے آپ کو لکھا ہے`,
      paragraphs: [`آپ کے پاس ${p.firmName} کی جانب سے ${p.count} غیر پڑھے پیغامات ہیں۔`],
      action: { label: 'پڑھیں اور جواب دیں', url: link(`/messages/${p.conversationId}`) },
    }),
    ru: (p, link) => ({
      subject: `Непрочитанные сообщения от ${p.firmName}`,
      heading: `${p.firmName} написала вам`,
      paragraphs: [`У вас непрочитанных сообщений от ${p.firmName}: ${p.count}.`],
      action: { label: 'Прочитать и ответить', url: link(`/messages/${p.conversationId}`) },
    }),
  },
});
