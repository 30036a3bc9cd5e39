// CSV for auditors' spreadsheets: RFC 4180 (CRLF line ends, fields holding a
// comma, quote or line break are quoted, quotes doubled) and guarded against
// formula injection: a cell a spreadsheet would read as a formula (= + - @, or
// a tab or carriage return before one) is prefixed with a single quote, so a
// user named "=HYPERLINK(...)" cannot run anything on the auditor's machine.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(value: CsvCell): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;

  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));

  return lines.join("\r\n") + "\r\n";
}

/** Reads RFC 4180 text back into rows; used by tests to prove the export opens. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }

  return rows;
}

/** A file name safe in a Content-Disposition header. */
export function csvFileName(base: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replaceAll(":", "-");

  return `${base.replace(/[^A-Za-z0-9._-]+/g, "-")}-${stamp}.csv`;
}
