import type { DelegationMemberStatus, UiLocale } from '@jcc/contracts';
import { defineMailTemplate } from './mail-template';

const STATUS: Record<UiLocale, Record<DelegationMemberStatus, string>> = {
  en: {
    invited: 'invited',
    applied: 'applied',
    accepted: 'accepted',
    confirmed: 'confirmed',
    declined: 'declined',
    waitlisted: 'on the waiting list',
  },
  az: {
    invited: 'dəvət olunub',
    applied: 'müraciət edib',
    accepted: 'qəbul olunub',
    confirmed: 'təsdiqlənib',
    declined: 'imtina edilib',
    waitlisted: 'gözləmə siyahısındadır',
  },
  ur: {
    invited: 'مدعو',
    applied: 'درخواست دی گئی',
    accepted: 'منظور',
    confirmed: 'تصدیق شدہ',
    declined: 'مسترد',
    waitlisted: 'انتظار کی فہرست میں',
  },
  ru: {
    invited: 'приглашена',
    applied: 'подана заявка',
    accepted: 'принята',
    confirmed: 'подтверждена',
    declined: 'отклонена',
    waitlisted: 'в листе ожидания',
  },
};

const label = (locale: UiLocale, status: string) =>
  STATUS[locale][status as DelegationMemberStatus] ?? status;

/** The chamber changed the firm's place on a delegation (category delegations). */
export const delegationStatus = defineMailTemplate<{ delegationTitle: string; status: string }>({
  name: 'delegation-status',
  content: {
    en: (p, link) => ({
      subject: `${p.delegationTitle}: your firm is ${label('en', p.status)}`,
      heading: 'Your place on the delegation changed',
      paragraphs: [`On "${p.delegationTitle}", your firm is now: ${label('en', p.status)}.`],
      action: { label: 'See the delegation', url: link('/delegations') },
    }),
    az: (p, link) => ({
      subject: `${p.delegationTitle}: şirkətinizin statusu — ${label('az', p.status)}`,
      heading: 'Nümayəndə heyətində statusunuz dəyişdi',
      paragraphs: [`"${p.delegationTitle}" üzrə şirkətinizin statusu: ${label('az', p.status)}.`],
      action: { label: 'Nümayəndə heyətinə baxın', url: link('/delegations') },
    }),
    ur: (p, link) => ({
      subject: `${p.delegationTitle}: آپ کی فرم کی حیثیت — ${label('ur', p.status)}`,
      heading: 'وفد میں آپ کی حیثیت بدل گئی ہے',
      paragraphs: [
        `"${p.delegationTitle}" میں آپ کی فرم کی حیثیت اب یہ ہے: ${label('ur', p.status)}۔`,
      ],
      action: { label: 'وفد دیکھیں', url: link('/delegations') },
    }),
    ru: (p, link) => ({
      subject: `${p.delegationTitle}: статус вашей компании — ${label('ru', p.status)}`,
      heading: 'Ваш статус в делегации изменился',
      paragraphs: [
        `В делегации «${p.delegationTitle}» статус вашей компании: ${label('ru', p.status)}.`,
      ],
      action: { label: 'Открыть делегацию', url: link('/delegations') },
    }),
  },
});
