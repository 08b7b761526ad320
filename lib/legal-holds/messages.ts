// Sentences the legal-hold domain itself writes: its refusals (staff console: English), and the ground a held
// erasure shows to the controller (portal and certificate: English and German kept in one string, as a
// connected system's own ground is one string).
import type { Text } from "../i18n/text.ts";

export const LEGAL_HOLD_MESSAGES = {
  notFound: { en: "No such legal hold." },
  alreadyReleased: { en: "This legal hold was already released." },
  organizationRequired: { en: "Choose the organisation the hold applies to." },
  subjectRequired: { en: "Give the subject's email address or external id." },
  categoryRequired: { en: "Choose the category of data the hold applies to." },
  incidentRequired: { en: "Choose the incident the hold applies to." },
} satisfies Record<string, Text>;

/** The ground a DSR erasure task shows when a hold kept the data (the hold's reason stays with staff). */
export function holdGround(reference: string): string {
  return `Legal hold ${reference}: the data is kept until the hold is released`;
}
