/** A PDF page's text as lines and pieces with their geometry: what the table and paragraph passes read. */

/** Text between gaps wider than a cell's padding, with its horizontal extent. */
export interface Piece {
  readonly text: string;
  readonly left: number;
  readonly right: number;
}

/** One line of text on a page, with the geometry that tells a wrapped line from a paragraph's end. */
export interface Line {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly size: number;
  /** Pieces separated by column-wide gaps: more than one is a table row. */
  readonly cells: number;
  /** Baseline height (PDF units grow upwards). */
  readonly y: number;
  /** The line cut at gaps wider than a table cell's padding: the candidates for cells. */
  readonly pieces: readonly Piece[];
}

export interface Page {
  readonly lines: Line[];
  /** Left edge of the body text and right edge of the longest line, in PDF units. */
  readonly left: number;
  readonly right: number;
  readonly bodySize: number;
}

export interface PageLine {
  readonly line: Line;
  readonly page: Page;
}
