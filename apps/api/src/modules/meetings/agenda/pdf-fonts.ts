import type PDFDocument from 'pdfkit';

/**
 * Fonts of the meetings PDFs. DejaVu Sans covers Latin with Azerbaijani (ə, ğ, ş, ı) and
 * Cyrillic, but not Urdu's ہ and ے; Noto Naskh Arabic (its Arabic-script subset, WOFF) covers
 * Urdu. pdfkit lays text out with fontkit, whose Arabic shaper joins the letters (initial,
 * medial, final forms and ligatures) and returns right-to-left runs in visual order; what
 * pdfkit lacks is bidi and font fallback, which `mixedText` supplies per run of one script.
 */
const FONTS = {
  body: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  urdu: require.resolve('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff'),
  urduBold:
    require.resolve('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff'),
} as const;

export type PdfFont = 'body' | 'bold';

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FONTS)) {
    doc.registerFont(name, file);
  }
}

/** Letters of the Arabic script (Urdu, Persian, Arabic) and their presentation forms. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const RUNS =
  /([\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF][\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\s]*)/u;

export const hasArabicScript = (text: string) => ARABIC.test(text);

export interface TextRun {
  text: string;
  urdu: boolean;
}

/**
 * A line split into runs of one script, in the order they are drawn left to right: a line that
 * starts with Arabic script reads right to left, so its runs are drawn in reverse order (each
 * Arabic run is itself reversed into visual order by fontkit). Enough for names and short
 * labels; not a full Unicode bidi implementation.
 */
export function visualRuns(text: string): TextRun[] {
  const runs = text
    .split(RUNS)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, urdu: hasArabicScript(part) }));
  const rtl = runs.length > 0 && runs[0].urdu;
  return rtl ? runs.reverse() : runs;
}

/**
 * Writes `text` at (x, y) within `width`, switching to the Urdu font for Arabic-script runs.
 * Text without Arabic script goes through pdfkit's ordinary wrapping.
 */
export function mixedText(
  doc: PDFKit.PDFDocument,
  text: string,
  font: PdfFont,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions = {},
): void {
  if (!hasArabicScript(text)) {
    doc.font(font).text(text, x, y, options);
    return;
  }
  const runs = visualRuns(text);
  const urduFont = font === 'bold' ? 'urduBold' : 'urdu';
  runs.forEach((run, index) => {
    doc.font(run.urdu ? urduFont : font);
    const last = index === runs.length - 1;
    if (index === 0) {
      doc.text(run.text, x, y, { ...options, continued: !last });
    } else {
      doc.text(run.text, { ...options, continued: !last });
    }
  });
}

export type { PDFDocument };
