/**
 * The page and type preset of the Word output, after GB/T 9704-2012 (党政机关公文格式).
 * Every measure the writer uses lives here; nothing else in `write/docx` hard-codes a size or a font.
 */

/** A font and size for one kind of paragraph. */
export interface TextStyle {
  /** Font for Chinese text (`w:eastAsia`). */
  readonly font: string;
  /** Size in points: 二号 22, 三号 16, 四号 14, 小四 12, 五号 10.5. */
  readonly sizePt: number;
  /** Bold (default: `false`). */
  readonly bold: boolean;
}

export interface DocxLayout {
  /** Page size in twips, portrait; A4 is 11906 × 16838 (the docx mm helper rounds it down by one). */
  readonly page: { readonly widthTwips: number; readonly heightTwips: number };
  /**
   * Margins in mm (default: top 37, bottom 35, left 28, right 26, giving the 156 × 225 mm 版心).
   * `header` / `footer` are the distances of the header and footer from the page edge; the footer
   * default puts the page number about 7 mm below the 版心.
   */
  readonly marginsMm: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Font for Latin letters and digits (`w:ascii`, `w:hAnsi`) everywhere but the footer (default: Times New Roman). */
  readonly latinFont: string;
  /**
   * Chinese font declared as the document default and theme font, used where a named font is missing
   * (default: 宋体). Each official font is also declared in the font table with charset GB2312 and an
   * alternative name from `altNames`, so Word and LibreOffice substitute a Chinese face rather than a Latin one.
   */
  readonly fallbackFont: string;
  /** Alternative names written to the font table (default: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, …). */
  readonly altNames: Readonly<Record<string, string>>;
  /** Document title (`#`): 方正小标宋简体 二号, centred. */
  readonly title: TextStyle & { readonly lineSpacingPt: number };
  /** Body text: 仿宋_GB2312 三号, fixed line spacing, first-line indent. */
  readonly body: TextStyle & {
    /** Exact line spacing in points (default: 28). */
    readonly lineSpacingPt: number;
    /** First-line indent in characters (default: 2). */
    readonly indentChars: number;
  };
  /**
   * Headings by level: `##` (一、) 黑体, `###` (（一）) 楷体_GB2312, `####` (1.) and deeper 仿宋_GB2312 bold.
   * A level beyond the list takes the last entry.
   */
  readonly headings: readonly TextStyle[];
  /** Review notes (Markdown blockquotes): shaded, italic, body font. */
  readonly note: { readonly shading: string; readonly italic: boolean };
  /** Highlight colour of 〔待补：…〕 / 〔待核：…〕 markers (default: yellow). */
  readonly placeholderHighlight: 'yellow' | 'green' | 'cyan' | 'lightGray';
  /** Tables: 小四 for ordinary tables, 五号 for wide ones, single spacing. */
  readonly table: TextStyle & {
    /** Size in points for tables with at least `denseFromColumns` columns or on landscape pages (default: 10.5). */
    readonly denseSizePt: number;
    readonly denseFromColumns: number;
    /** The title above a table (default: body font, 三号, bold). */
    readonly caption: TextStyle;
    /** Header cell shading, hex (default: none). */
    readonly headerShading: string | null;
  };
  /** Page number "— 1 —" at the outer edge of the footer (odd pages right, even left, one character in): 宋体 四号. */
  readonly footer: TextStyle & { readonly dash: string };
}

/** The preset used when no override is given. */
export const DEFAULT_LAYOUT: DocxLayout = {
  page: { widthTwips: 11906, heightTwips: 16838 },
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 22 },
  latinFont: 'Times New Roman',
  fallbackFont: '宋体',
  altNames: {
    '仿宋_GB2312': '仿宋',
    '楷体_GB2312': '楷体',
    '方正小标宋简体': '宋体',
    '黑体': 'SimHei',
    '宋体': 'SimSun',
  },
  title: { font: '方正小标宋简体', sizePt: 22, bold: false, lineSpacingPt: 35 },
  body: { font: '仿宋_GB2312', sizePt: 16, bold: false, lineSpacingPt: 28, indentChars: 2 },
  headings: [
    { font: '黑体', sizePt: 16, bold: false },
    { font: '楷体_GB2312', sizePt: 16, bold: false },
    { font: '仿宋_GB2312', sizePt: 16, bold: true },
    { font: '仿宋_GB2312', sizePt: 16, bold: true },
  ],
  note: { shading: 'E7E6E6', italic: true },
  placeholderHighlight: 'yellow',
  table: {
    font: '仿宋_GB2312',
    sizePt: 12,
    bold: false,
    denseSizePt: 10.5,
    denseFromColumns: 7,
    caption: { font: '仿宋_GB2312', sizePt: 16, bold: true },
    headerShading: null,
  },
  footer: { font: '宋体', sizePt: 14, bold: false, dash: '—' },
};

/** Overrides: any top-level entry, and any field of the nested entries, may be given alone. */
export type DocxLayoutOverrides = {
  readonly [K in keyof DocxLayout]?: DocxLayout[K] extends readonly unknown[] | string | number | null
    ? DocxLayout[K]
    : Partial<DocxLayout[K]>;
};

/** Merges overrides into the preset, one level deep (so `{ body: { sizePt: 14 } }` keeps the body font). */
export function resolveLayout(overrides: DocxLayoutOverrides = {}): DocxLayout {
  const out: Record<string, unknown> = { ...DEFAULT_LAYOUT };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = (DEFAULT_LAYOUT as unknown as Record<string, unknown>)[key];
    const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    out[key] = isRecord(base) && isRecord(value) ? { ...base, ...value } : value;
  }
  return out as unknown as DocxLayout;
}

const TWIPS_PER_MM = 1440 / 25.4;

export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
/** docx sizes are in half-points. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/**
 * Page geometry in twips for one orientation. A landscape page is the portrait page turned, its top on the
 * binding edge: the margins turn with it, and the footer keeps its distance below the 版心.
 */
export function pageGeometry(layout: DocxLayout, landscape: boolean) {
  const m = layout.marginsMm;
  const mm = landscape
    ? { top: m.left, bottom: m.right, left: m.top, right: m.bottom }
    : { top: m.top, bottom: m.bottom, left: m.left, right: m.right };
  const footerMm = Math.max(5, m.footer - (m.bottom - mm.bottom));
  const pageWidth = landscape ? layout.page.heightTwips : layout.page.widthTwips;
  const margin = {
    top: mmToTwips(mm.top),
    bottom: mmToTwips(mm.bottom),
    left: mmToTwips(mm.left),
    right: mmToTwips(mm.right),
    header: mmToTwips(m.header),
    footer: mmToTwips(footerMm),
  };
  return { margin, textWidth: pageWidth - margin.left - margin.right };
}
