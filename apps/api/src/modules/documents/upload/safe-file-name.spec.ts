import { attachmentDisposition, safeFileName, unsafeNameReason } from './safe-file-name';

describe('file names', () => {
  it.each([
    ['Halal certificate.pdf', 'application/pdf', 'Halal certificate.pdf'],
    ['scan.exe', 'application/pdf', 'scan.pdf'],
    ['фото склада.JPG', 'image/jpeg', 'фото склада.jpg'],
    ['سرٹیفکیٹ.pdf', 'application/pdf', 'سرٹیفکیٹ.pdf'],
    ['...hidden.pdf', 'application/pdf', 'hidden.pdf'],
    ['evil\u202Efdp.exe', 'application/pdf', 'evilfdp.pdf'],
    [
      'a<b>:c?.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'a_b__c_.docx',
    ],
    ['', 'image/png', 'document.png'],
  ] as const)('%j as %s is kept as %j', (raw, type, kept) => {
    expect(safeFileName(raw, type)).toBe(kept);
  });

  it('keeps at most 200 characters, extension included', () => {
    expect(safeFileName(`${'x'.repeat(500)}.pdf`, 'application/pdf')).toHaveLength(200);
  });

  it('refuses folder paths and control characters outright', () => {
    expect(unsafeNameReason('../../etc/passwd')).toMatch(/folder path/);
    expect(unsafeNameReason('C:\\Users\\x.pdf')).toMatch(/folder path/);
    expect(unsafeNameReason('line\nbreak.pdf')).toMatch(/control characters/);
    expect(unsafeNameReason('plain name.pdf')).toBeNull();
  });

  it('serves the name as an attachment with an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('سرٹیفکیٹ "1".pdf')).toBe(
      `attachment; filename="________ _1_.pdf"; filename*=UTF-8''${encodeURIComponent('سرٹیفکیٹ "1".pdf')}`,
    );
  });
});
