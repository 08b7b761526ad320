// Reading a CSV file (RFC 4180) into records, each with the line it starts on (for row errors people can
// find in their editor): comma separated, fields optionally in double quotes ("" inside is a quote,
// line breaks inside quotes belong to the field), CRLF or LF line ends, a UTF-8 byte order mark ignored,
// blank lines skipped. Pure; no dependency beyond the language.
export type CsvRecord = { line: number; cells: string[] };
export type CsvParse =
  { ok: true; records: CsvRecord[] } | { ok: false; problem: "unclosed-quote"; line: number };

export function parseCsv(text: string): CsvParse {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let touched = false;
  const endRecord = () => {
    cells.push(cell);
    if (touched || cells.length > 1 || cell !== "") records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    touched = false;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      quoted = true;
      touched = true;
      quoteLine = line;
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
      touched = true;
    } else if (c === "\r" && source[i + 1] === "\n") {
      continue;
    } else if (c === "\n" || c === "\r") {
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) return { ok: false, problem: "unclosed-quote", line: quoteLine };
  endRecord();
  return { ok: true, records };
}
