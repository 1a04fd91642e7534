/**
 * The text of every page of a PDF, read with pdf.js (Mozilla's PDF reader): if it opens here,
 * it opens in a browser. pdf.js is ESM-only, so it is imported at run time.
 */
export async function pdfText(data: Buffer): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const parts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ('str' in item) {
        parts.push(item.str);
      }
    }
    parts.push('\n');
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text: parts.join(' ') };
}
