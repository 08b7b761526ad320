// A strict RFC 4180 reader for tests (quoted fields, doubled quotes, CRLF or LF; a leading UTF-8 byte
// order mark is skipped, as spreadsheet programs do): the project ships no CSV parser, and checking our
// CSV with our own writer would prove nothing.
export function parseCsv(input: string): string[][] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
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
      if (field !== "") throw new Error(`Quote inside an unquoted field at offset ${i}`);
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error("Unterminated quoted field");
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Rows as objects keyed by the header row; every row must have as many fields as the header. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row, index) => {
    if (row.length !== header.length)
      throw new Error(`Row ${index + 2} has ${row.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((name, column) => [name, row[column]!]));
  });
}
