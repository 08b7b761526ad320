// /subprocessors.json and /subprocessors.csv: the current entries of the register (the same list the
// page shows) in English, for procurement tools and spreadsheets. JSON also lists announced changes.
import { stringify } from "csv-stringify/sync";
import { isoDate } from "../../time/calendar-date.ts";
import type { PublicChange, PublicSubprocessor, SubprocessorRegister } from "./register.ts";

export type MachineReadableEntry = {
  name: string;
  purpose: string;
  dataCategories: string[];
  location: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  transferMechanism: string;
  website: string;
  /** YYYY-MM-DD */
  since: string;
};

export type MachineReadableChange = {
  type: PublicChange["type"];
  /** YYYY-MM-DD */
  effectiveDate: string;
  /** ISO 8601 instant. */
  announcedAt: string;
  /** The subprocessor added (ADD, REPLACE) or removed (REMOVE). */
  subprocessor: MachineReadableEntry;
  /** REPLACE: the name of the one that stops. */
  replaces: string | null;
  note: string;
};

export type SubprocessorsDocument = {
  provider: { name: string; legalName: string; contact: string; page: string };
  generatedAt: string;
  subprocessors: MachineReadableEntry[];
  announcedChanges: MachineReadableChange[];
};

export type ProviderFacts = { name: string; legalName: string; contact: string; page: string };

export function machineReadableEntry(entry: PublicSubprocessor): MachineReadableEntry {
  return {
    name: entry.name,
    purpose: entry.purpose,
    dataCategories: entry.dataCategories,
    location: entry.location,
    country: entry.country,
    transferMechanism: entry.transferMechanism,
    website: entry.website,
    since: isoDate(entry.activeFrom),
  };
}

export function subprocessorsDocument(
  register: SubprocessorRegister,
  provider: ProviderFacts,
  generatedAt: Date,
): SubprocessorsDocument {
  return {
    provider,
    generatedAt: generatedAt.toISOString(),
    subprocessors: register.current.map(machineReadableEntry),
    announcedChanges: register.announcedChanges.map((change) => ({
      type: change.type,
      effectiveDate: isoDate(change.effectiveDate),
      announcedAt: change.announcedAt.toISOString(),
      subprocessor: machineReadableEntry(change.subprocessor),
      replaces: change.replaced?.name ?? null,
      note: change.note,
    })),
  };
}

export const CSV_COLUMNS = [
  "name",
  "purpose",
  "dataCategories",
  "location",
  "country",
  "transferMechanism",
  "website",
  "since",
] as const;

/**
 * RFC 4180 CSV with a header row; data categories joined with "; ". It starts with a UTF-8 byte order
 * mark: without one, spreadsheet programs read the file in the system's legacy code page and garble
 * umlauts ("Zürich" as "ZÃ¼rich").
 */
export function subprocessorsCsv(register: SubprocessorRegister): string {
  const rows = register.current
    .map(machineReadableEntry)
    .map((entry) => ({ ...entry, dataCategories: entry.dataCategories.join("; ") }));
  return stringify(rows, { bom: true, header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows" });
}
