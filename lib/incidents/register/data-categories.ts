// The categories of personal data an incident can involve. Special categories (Art. 9) and criminal
// data (Art. 10) are flagged: they keep the ENISA band at least MEDIUM (see ../severity.ts).

export type DataCategory = { key: string; label: string; special: boolean };

export const DATA_CATEGORIES: readonly DataCategory[] = [
  { key: "contact", label: "Contact details (name, email, phone, address)", special: false },
  { key: "identification", label: "Identification data (IDs, customer numbers)", special: false },
  { key: "credentials", label: "Account credentials", special: false },
  { key: "behavioural", label: "Behavioural data (usage, traffic, preferences)", special: false },
  { key: "location", label: "Location data", special: false },
  { key: "financial", label: "Financial data (payment, bank, income)", special: false },
  { key: "communications", label: "Content of communications", special: false },
  { key: "health", label: "Health data (Art. 9)", special: true },
  { key: "genetic-biometric", label: "Genetic or biometric data (Art. 9)", special: true },
  {
    key: "origin-beliefs",
    label: "Racial or ethnic origin, political opinions, religious or philosophical beliefs (Art. 9)",
    special: true,
  },
  { key: "trade-union", label: "Trade-union membership (Art. 9)", special: true },
  { key: "sex-life", label: "Sex life or sexual orientation (Art. 9)", special: true },
  { key: "criminal", label: "Criminal convictions and offences (Art. 10)", special: true },
];

export const DATA_CATEGORY_KEYS = DATA_CATEGORIES.map((c) => c.key);

export function dataCategoryLabel(key: string): string {
  return DATA_CATEGORIES.find((c) => c.key === key)?.label ?? key;
}

export function includesSpecialCategory(keys: readonly string[]): boolean {
  return keys.some((key) => DATA_CATEGORIES.find((c) => c.key === key)?.special === true);
}
