// Version numbers in public URLs: /toms/v/3, /toms/diff/2/3 and the DPA download /dpa/3.pdf or
// /dpa/latest.pdf. Anything else is not a version (the routes answer 404 or 400).

const MAX_VERSION = 1_000_000;

/** "3" -> 3; "03", "0", "-1", "3.0", "abc" -> null. */
export function parseVersionParam(value: string): number | null {
  if (!/^[1-9][0-9]{0,6}$/.test(value)) return null;
  const version = Number(value);
  return version <= MAX_VERSION ? version : null;
}

export type PdfFileRequest = { version: "latest" } | { version: number };

/** "latest.pdf" or "<n>.pdf" (case-sensitive); null for anything else. */
export function parsePdfFileName(fileName: string): PdfFileRequest | null {
  if (fileName === "latest.pdf") return { version: "latest" };
  const match = /^([^/.]+)\.pdf$/.exec(fileName);
  if (!match) return null;
  const version = parseVersionParam(match[1]!);
  return version === null ? null : { version };
}
