// The four roadmap states, in the order forms and seeds offer them (their words are in ./messages.ts).
import type { ComplianceStatus } from "../../generated/prisma/enums.ts";

export const COMPLIANCE_STATUSES = [
  "COMPLIANT",
  "IN_PROGRESS",
  "PLANNED",
  "EVALUATION",
] as const satisfies readonly ComplianceStatus[];
