import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { frDate } from '../shared/french';
import { today } from '../shared/scalars';

/*
 * One renderer for every generated document. Fonts are embedded (pdfkit subsets them into the file): Roboto, shipped
 * inside the pdfmake package (Apache License 2.0). Marianne, the State's typeface, is reserved to the State's services
 * under its own terms and is not redistributable in a PDF: an open font is embedded instead. No file outside the font
 * directory and no URL is ever read, whatever a document's definition says (pdfmake resolves images and fonts by path
 * or URL: a record's text must never make the server fetch anything).
 */
const fontDir = path.join(path.dirname(createRequire(__filename).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));

const BLUE = '#000091';

/** What every document states besides its body: its title, the issuer block, and the texts it applies. */
export interface DocumentFrame {
  /** The PDF's title (metadata) and the file name's stem. */
  title: string;
  /** The issuer block, top left: « MINISTÈRE DE L’INTÉRIEUR », « PRÉFET DU MORBIHAN »… one line each. */
  issuer: string[];
  /** The texts the document applies, each in full, listed under « Références » at the end and in the metadata. */
  references: string[];
  /** A draft (unsigned act): marked « PROJET » on every page. */
  draft?: boolean;
  content: Content[];
}

/** The document definition: A4, the issuer block, the body, the references, a footer with the page and the day made. */
export function framed(doc: DocumentFrame, madeOn = today()): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 56],
    info: {
      title: doc.title,
      author: 'Ministère de l’Intérieur — registre du réseau de l’action sociale',
      subject: doc.references.join(' ; '),
      creator: 'Registre du réseau de l’action sociale',
    },
    ...(doc.draft ? { watermark: { text: 'PROJET', color: BLUE, opacity: 0.08, bold: true } } : {}),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${doc.draft ? 'Projet — ' : ''}${doc.title}`, fontSize: 7, color: '#666666' },
        { text: `Page ${page} sur ${pages} — édité le ${frDate(madeOn)}`, fontSize: 7, color: '#666666', alignment: 'right' },
      ],
      margin: [56, 20, 56, 0],
    }),
    content: [
      { stack: doc.issuer.map((line, i) => ({ text: line, bold: i === 0, fontSize: i === 0 ? 10 : 8 })), margin: [0, 0, 0, 4] },
      { text: 'Liberté\nÉgalité\nFraternité', italics: true, fontSize: 7, margin: [0, 0, 0, 24] },
      ...keptWithHeadings(doc.content),
      heading('Références'),
      { ul: doc.references, fontSize: 8 },
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', color: BLUE, margin: [0, 0, 0, 12] },
      subtitle: { fontSize: 11, alignment: 'center', margin: [0, 0, 0, 16] },
      heading: { fontSize: 10.5, bold: true, color: BLUE, margin: [0, 14, 0, 6] },
      article: { bold: true, margin: [0, 8, 0, 2] },
      visa: { margin: [0, 0, 0, 3] },
      small: { fontSize: 8, color: '#444444' },
      tableHeader: { bold: true, fillColor: '#eeeeff' },
    },
  };
}

/**
 * French typography's narrow no-break space (U+202F, which `toLocaleString('fr-FR')` puts in « 1 234 » and before « % »)
 * has no glyph in Roboto: it is written as a no-break space, which has one.
 */
function withGlyphs<T>(node: T): T {
  if (typeof node === 'string') return node.replace(/\u202f/g, '\u00a0') as T;
  if (Array.isArray(node)) return node.map(withGlyphs) as T;
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withGlyphs(v)])) as T;
  return node;
}

/** A section heading; `kind` 'article' for an act's « Article 2 ». Kept with what follows it. */
export const heading = (text: string, kind: 'heading' | 'article' = 'heading'): Content => ({ text, style: kind, headlineLevel: 1 });

/**
 * A heading is never the last line of a page: it is kept on one page with the block it introduces (a table excepted,
 * which may be longer than a page and repeats its header row anyway).
 */
function keptWithHeadings(content: Content[]): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < content.length; i++) {
    const node = content[i] as { headlineLevel?: number };
    const next = content[i + 1] as { table?: unknown } | undefined;
    if (node?.headlineLevel === 1 && next !== undefined && !next.table) {
      out.push({ stack: [content[i], content[i + 1]], unbreakable: true });
      i++;
    } else out.push(content[i]);
  }
  return out;
}

/** The PDF file of a definition. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf({ ...definition, content: withGlyphs(definition.content) }).getBuffer();
}

/** A table with a header row: widths in points or '*', every cell a text. */
export function table(
  header: string[],
  rows: (string | number)[][],
  widths?: (number | string)[],
  align: ('left' | 'right')[] = [],
  fontSize?: number,
): Content {
  return {
    ...(fontSize ? { fontSize } : {}),
    table: {
      headerRows: 1,
      widths: widths ?? header.map(() => '*'),
      body: [
        header.map((text, i) => ({ text, style: 'tableHeader', alignment: align[i] ?? 'left' })),
        ...rows.map((row) => row.map((cell, i) => ({ text: String(cell), alignment: align[i] ?? 'left' }))),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 8],
  };
}
