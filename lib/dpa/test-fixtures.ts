// Test fixtures for lib/dpa (pure): a DPA text with a heading for every clause of Art. 28(3), and complete
// particulars pointing at them.
import type { DpaParticulars } from "./particulars.ts";

export function dpaBody(extra = ""): string {
  return [
    "## 1. Subject matter and duration",
    "",
    "The processing of personal data on behalf of the Controller.",
    "",
    "## 4. Instructions",
    "",
    "Only on documented instructions.",
    "",
    "## 5. Confidentiality",
    "",
    "## 6. Security",
    "",
    "## 7. Subprocessors",
    "",
    "## 8. Data subject rights",
    "",
    "## 10. Assistance",
    "",
    "## 11. Deletion and return",
    "",
    "## 12. Audits",
    "",
    extra,
  ].join("\n");
}

export function completeParticulars(overrides: Partial<DpaParticulars> = {}): DpaParticulars {
  return {
    subjectMatter: "Hosting the analytics platform for the customer.",
    duration: "The term of the Main Agreement.",
    nature: "Storage, analysis and deletion.",
    purpose: "Providing the platform.",
    dataTypes: "Contact data; usage data.",
    dataSubjects: "Employees and customers of the customer.",
    clauses: {
      a: "4-instructions",
      b: "5-confidentiality",
      c: "6-security",
      d: "7-subprocessors",
      e: "8-data-subject-rights",
      f: "10-assistance",
      g: "11-deletion-and-return",
      h: "12-audits",
    },
    ...overrides,
  };
}
