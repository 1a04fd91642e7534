import PDFDocument from 'pdfkit';
import type { DelegationEntity } from '../delegation.entity';
import type { ExportRow } from '../delegation-lists';
import {
  countryName,
  directionLabel,
  productNames,
  sectorList,
  sectorNames,
} from './export-labels';

/** DejaVu covers Azerbaijani (ə, ğ, ş, ı), Turkish and Cyrillic names, which PDF's built-in fonts do not. */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const MARGIN = 36;
const FONT_SIZE = 8;
const PADDING = 3;
const COLUMNS = [
  { title: 'No.', width: 28 },
  { title: 'Company', width: 160 },
  { title: 'City', width: 70 },
  { title: 'Sectors', width: 125 },
  { title: 'Products (HS chapters)', width: 170 },
  { title: 'Contact', width: 160 },
  { title: 'Status', width: 57 },
] as const;

/**
 * A delegation list as a ministry expects it: A4 landscape, a title block, a numbered table whose
 * header repeats on every page, and page numbers. Rows are added as they come from the database
 * and pdfkit emits each finished page, so thousands of rows stream out without being held.
 */
export class PdfDelegationList {
  readonly document: PDFKit.PDFDocument;
  private count = 0;
  private page = 1;

  constructor(
    private readonly delegation: DelegationEntity,
    private readonly chamberName: string,
  ) {
    this.document = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: MARGIN,
      info: { Title: `Delegation list: ${delegation.title}`, Author: chamberName },
    });
    this.document.registerFont('body', FONT);
    this.document.registerFont('bold', FONT_BOLD);
    this.titleBlock();
    this.tableHeader();
  }

  addRow(row: ExportRow): void {
    this.count += 1;
    const cells = [
      String(this.count),
      row.name,
      row.city,
      sectorNames(row),
      productNames(row) || '—',
      [row.contactName, row.email, row.phone, row.website].filter(Boolean).join('\n') || '—',
      row.status,
    ];
    const doc = this.document.font('body').fontSize(FONT_SIZE);
    const height =
      Math.max(
        ...cells.map((text, index) =>
          doc.heightOfString(text, { width: COLUMNS[index].width - 2 * PADDING }),
        ),
      ) +
      2 * PADDING;
    if (doc.y + height > doc.page.height - MARGIN - 14) {
      this.newPage();
    }
    this.drawRow(cells, height, 'body');
  }

  end(): void {
    if (this.count === 0) {
      this.document
        .font('body')
        .fontSize(10)
        .text('No firms on this list.', MARGIN, this.document.y + 8);
    }
    this.footer();
    this.document.end();
  }

  private titleBlock(): void {
    const { delegation } = this;
    const doc = this.document;
    doc.font('bold').fontSize(9).fillColor('#444').text(this.chamberName.toUpperCase());
    doc
      .moveDown(0.3)
      .font('bold')
      .fontSize(16)
      .fillColor('#000')
      .text(`Trade delegation: ${delegation.title}`);
    doc.moveDown(0.3).font('body').fontSize(10);
    doc.text(
      `${directionLabel(delegation.direction)} · host city ${delegation.hostCity}, ${countryName(delegation.direction === 'PK_TO_AZ' ? 'AZ' : 'PK')}`,
    );
    doc.text(
      `Dates: ${delegation.startsOn} to ${delegation.endsOn} · capacity ${delegation.capacity} firms`,
    );
    doc.text(`Focus sectors: ${sectorList(delegation.sectors)}`);
    doc.text(`List as of ${new Date().toISOString().slice(0, 10)}`);
    doc.moveDown(0.8);
  }

  private tableHeader(): void {
    const doc = this.document.font('bold').fontSize(FONT_SIZE);
    const height = doc.heightOfString('X') + 2 * PADDING;
    doc
      .rect(
        MARGIN,
        doc.y,
        COLUMNS.reduce((sum, column) => sum + column.width, 0),
        height,
      )
      .fill('#e8e8e8')
      .fillColor('#000');
    this.drawRow(
      COLUMNS.map((column) => column.title),
      height,
      'bold',
    );
  }

  private drawRow(cells: string[], height: number, font: 'body' | 'bold'): void {
    const doc = this.document.font(font).fontSize(FONT_SIZE).fillColor('#000');
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((text, index) => {
      doc.text(text, x + PADDING, top + PADDING, { width: COLUMNS[index].width - 2 * PADDING });
      x += COLUMNS[index].width;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(x, top + height)
      .lineWidth(0.5)
      .strokeColor('#999')
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  }

  private newPage(): void {
    this.footer();
    this.document.addPage();
    this.page += 1;
    this.tableHeader();
  }

  /** Written inside the bottom margin, which pdfkit would otherwise answer with a new page. */
  private footer(): void {
    const doc = this.document;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(7)
      .fillColor('#666')
      .text(`${this.delegation.title} · page ${this.page}`, MARGIN, doc.page.height - MARGIN + 8, {
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
