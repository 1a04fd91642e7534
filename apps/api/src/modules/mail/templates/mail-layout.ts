import type { UiLocale } from '@jcc/contracts';
import type { LinkBuilder, MailContent, MailParams, MailTemplate } from './mail-template';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const RTL_LOCALES: ReadonlySet<UiLocale> = new Set(['ur']);

/** The footer of every mail; the unsubscribe line only in non-essential ones. */
const FOOTER: Record<UiLocale, { sender: string; unsubscribe: string }> = {
  en: {
    sender: 'Pakistan–Azerbaijan Joint Chamber of Commerce',
    unsubscribe: 'Stop these e-mails',
  },
  az: {
    sender: 'Pakistan–Azərbaycan Birgə Ticarət Palatası',
    unsubscribe: 'Bu məktubları dayandırın',
  },
  ur: {
    sender: 'پاکستان–آذربائیجان مشترکہ چیمبر آف کامرس',
    unsubscribe: 'یہ ای میلز بند کریں',
  },
  ru: {
    sender: 'Совместная торговая палата Пакистана и Азербайджана',
    unsubscribe: 'Отписаться от этих писем',
  },
};

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function renderMail<P extends MailParams>(
  template: MailTemplate<P>,
  locale: UiLocale,
  params: P,
  options: { link: LinkBuilder; unsubscribeUrl: string | null },
): RenderedMail {
  const content = template.content[locale](params, options.link);
  return {
    subject: content.subject,
    html: renderHtml(content, locale, options.unsubscribeUrl),
    text: renderText(content, locale, options.unsubscribeUrl),
  };
}

function renderHtml(content: MailContent, locale: UiLocale, unsubscribeUrl: string | null): string {
  const dir = RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
  const align = dir === 'rtl' ? 'right' : 'left';
  const footer = FOOTER[locale];
  const paragraphs = content.paragraphs
    .map((paragraph) => `<p style="margin:0 0 12px">${escapeHtml(paragraph)}</p>`)
    .join('\n');
  const action = content.action
    ? `<p style="margin:20px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1c7ed6;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 12px;font-size:12px;color:#555;word-break:break-all" dir="ltr">${escapeHtml(content.action.url)}</p>`
    : '';
  const footnote = content.footnote
    ? `<p style="margin:0 0 12px;font-size:13px;color:#555">${escapeHtml(content.footnote)}</p>`
    : '';
  const unsubscribe = unsubscribeUrl
    ? ` · <a href="${escapeHtml(unsubscribeUrl)}" style="color:#777">${escapeHtml(footer.unsubscribe)}</a>`
    : '';
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body dir="${dir}" style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#222">
<div dir="${dir}" style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-radius:8px;text-align:${align}">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>
${paragraphs}
${action}
${footnote}
<p style="margin:24px 0 0;font-size:12px;color:#777">${escapeHtml(footer.sender)}${unsubscribe}</p>
</div>
</body>
</html>`;
}

function renderText(content: MailContent, locale: UiLocale, unsubscribeUrl: string | null): string {
  const footer = FOOTER[locale];
  const lines = [content.heading, '', ...content.paragraphs.flatMap((p) => [p, ''])];
  if (content.action) {
    lines.push(`${content.action.label}: ${content.action.url}`, '');
  }
  if (content.footnote) {
    lines.push(content.footnote, '');
  }
  lines.push('--', footer.sender);
  if (unsubscribeUrl) {
    lines.push(`${footer.unsubscribe}: ${unsubscribeUrl}`);
  }
  return lines.join('\n') + '\n';
}
