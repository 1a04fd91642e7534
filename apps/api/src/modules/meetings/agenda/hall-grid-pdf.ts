import PDFDocument from 'pdfkit';
import { mixedText, registerFonts } from './pdf-fonts';

const MARGIN = 30;
const TIME_WIDTH = 90;
/** Tables per page: more would make the firms' names unreadable; the rest follow on next pages. */
const TABLES_PER_PAGE = 6;

export interface GridSlot {
  id: string;
  /** "09:00 AZT · 10:00 PKT" and the day, as the staff read them. */
  label: string;
}

export interface GridCell {
  slotId: string;
  table: string;
  visitor: string;
  host: string;
  locked: boolean;
}

/**
 * The staff's hall grid: A4 landscape, slots down, tables across (six a page), each cell the
 * visiting and the host firm. Empty cells stay blank so a free table is seen at a glance.
 */
export function hallGridPdf(
  title: string,
  subtitle: string,
  slots: readonly GridSlot[],
  tables: readonly string[],
  cells: readonly GridCell[],
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: title },
  });
  registerFonts(doc);
  const bySlotAndTable = new Map(cells.map((cell) => [`${cell.slotId}|${cell.table}`, cell]));
  const usedSlots = slots.filter((slot) =>
    tables.some((table) => bySlotAndTable.has(`${slot.id}|${table}`)),
  );
  const chunks: string[][] = [];
  for (let start = 0; start < Math.max(tables.length, 1); start += TABLES_PER_PAGE) {
    chunks.push(tables.slice(start, start + TABLES_PER_PAGE));
  }
  chunks.forEach((chunk, chunkIndex) => {
    if (chunkIndex > 0) {
      doc.addPage();
    }
    doc.font('bold').fontSize(13).text(title, MARGIN, MARGIN);
    doc.font('body').fontSize(8).text(subtitle);
    doc.moveDown(0.5);
    const width = (doc.page.width - 2 * MARGIN - TIME_WIDTH) / Math.max(chunk.length, 1);
    const header = () => row(doc, ['', ...chunk], [TIME_WIDTH, ...chunk.map(() => width)], 'bold');
    header();
    if (usedSlots.length === 0) {
      doc
        .font('body')
        .fontSize(9)
        .text('No meetings scheduled.', MARGIN, doc.y + 4);
    }
    for (const slot of usedSlots) {
      if (doc.y > doc.page.height - MARGIN - 50) {
        doc.addPage();
        header();
      }
      const texts = chunk.map((table) => {
        const cell = bySlotAndTable.get(`${slot.id}|${table}`);
        return cell ? `${cell.visitor}\n↔ ${cell.host}${cell.locked ? ' (locked)' : ''}` : '';
      });
      row(doc, [slot.label, ...texts], [TIME_WIDTH, ...chunk.map(() => width)], 'body');
    }
  });
  doc.end();
  return doc;
}

function row(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  widths: readonly number[],
  font: 'body' | 'bold',
): void {
  doc.font(font).fontSize(8);
  const height =
    Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 6 }) * 1.3),
    ) + 6;
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    doc.rect(x, top, widths[i], height).stroke('#999999');
    doc.fillColor('#000000');
    cell.split('\n').forEach((line, lineIndex) => {
      mixedText(doc, line, font, x + 3, lineIndex === 0 ? top + 3 : doc.y, {
        width: widths[i] - 6,
      });
    });
    x += widths[i];
  });
  doc.x = MARGIN;
  doc.y = top + height;
}
