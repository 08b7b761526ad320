// The Art. 33(3) items every breach notice carries (GDPR.md B2). Each is either a value or, explicitly,
// "not yet known" (stored as null, which opens a follow-up); an item left empty cannot be sent.

export const NOTICE_ITEMS = [
  { key: "nature", label: "Nature of the breach", article: "Art. 33(3)(a)" },
  { key: "dataSubjects", label: "Data subjects (categories, approximate number)", article: "Art. 33(3)(a)" },
  {
    key: "records",
    label: "Personal data records (categories, approximate number)",
    article: "Art. 33(3)(a)",
  },
  { key: "contactPoint", label: "Contact point (DPO or other contact)", article: "Art. 33(3)(b)" },
  { key: "likelyConsequences", label: "Likely consequences", article: "Art. 33(3)(c)" },
  { key: "measures", label: "Measures taken or proposed", article: "Art. 33(3)(d)" },
] as const;

export type NoticeItemKey = (typeof NOTICE_ITEMS)[number]["key"];

export const NOTICE_ITEM_KEYS: readonly NoticeItemKey[] = NOTICE_ITEMS.map((item) => item.key);

/** As stored on a NoticePhase: text, null for "not yet known", "" for an item not filled in yet (drafts only). */
export type NoticeItemValues = Record<NoticeItemKey, string | null>;

export function itemLabel(key: NoticeItemKey): string {
  return NOTICE_ITEMS.find((item) => item.key === key)!.label;
}

/** Items neither filled in nor marked "not yet known". */
export function missingItems(values: NoticeItemValues): NoticeItemKey[] {
  return NOTICE_ITEM_KEYS.filter((key) => values[key] !== null && values[key].trim() === "");
}

/** Items sent as "not yet known" (each opens a follow-up). */
export function unknownItems(values: NoticeItemValues): NoticeItemKey[] {
  return NOTICE_ITEM_KEYS.filter((key) => values[key] === null);
}

/** Items that carry a value (each resolves an open follow-up for the same item). */
export function answeredItems(values: NoticeItemValues): NoticeItemKey[] {
  return NOTICE_ITEM_KEYS.filter((key) => values[key] !== null && values[key].trim() !== "");
}

/** Prisma select of the items on a NoticePhase. */
export const NOTICE_ITEMS_SELECT = {
  nature: true,
  dataSubjects: true,
  records: true,
  contactPoint: true,
  likelyConsequences: true,
  measures: true,
} as const;

export function pickItems(row: NoticeItemValues): NoticeItemValues {
  return {
    nature: row.nature,
    dataSubjects: row.dataSubjects,
    records: row.records,
    contactPoint: row.contactPoint,
    likelyConsequences: row.likelyConsequences,
    measures: row.measures,
  };
}
