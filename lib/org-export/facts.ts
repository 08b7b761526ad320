// What the organisation export's files say about the export itself (the JSON heads, README, manifest).
export const EXPORT_SCHEMA_VERSION = 1;

export type ExportFacts = {
  exportId: string;
  organization: { id: string; slug: string; name: string };
  generatedAt: Date;
};

export type WrittenEntity = { name: string; title: string; rows: number; csv: string; json: string };
