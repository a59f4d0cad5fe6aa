import { createRequire } from 'node:module';

/**
 * The text of a PDF, as a reader's copy-paste gives it: pdf.js (Mozilla's PDF reader, `pdfjs-dist`, legacy build for
 * Node) reads every page's text items; whitespace is collapsed so that line breaks and justification do not matter.
 */
export async function pdfText(data: Uint8Array): Promise<{ text: string; title: string; pages: number }> {
  // The legacy build is ESM only: loaded at run time from the test's package.
  const pdfjs = (await import(createRequire(__filename).resolve('pdfjs-dist/legacy/build/pdf.mjs'))) as typeof import('pdfjs-dist');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
  }
  const info = (await doc.getMetadata()).info as { Title?: string };
  await doc.destroy();
  return { text: parts.join(' ').replace(/\s+/g, ' ').trim(), title: info.Title ?? '', pages: doc.numPages };
}

/** The fonts a PDF embeds (font programs in the file) and those it only names (which a reader would substitute). */
export function pdfFonts(data: Uint8Array): { embedded: number; names: string[] } {
  const raw = Buffer.from(data).toString('latin1');
  return {
    embedded: (raw.match(/\/FontFile2/g) ?? []).length,
    names: [...new Set([...raw.matchAll(/\/BaseFont \/([\w+-]+)/g)].map((m) => m[1]))],
  };
}
