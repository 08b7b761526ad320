import "server-only";
// The DPA's gate in publishing (lib/trust/policies/publish.ts; GDPR.md D1/D2): a DPA version is published
// only with its Art. 28(3) particulars, taken from the draft of its language, complete and with every clause
// pointing at a heading of the text being published. Otherwise the publish is refused, naming what is
// missing, and nothing is written. Other documents pass through with no particulars.
import type { Tx } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { Locale } from "../i18n/locale.ts";
import type { DocumentRecord } from "../trust/policies/document-record.ts";
import { DPA_MESSAGES } from "./messages.ts";
import { particularsProblems, readParticulars, type DpaParticulars } from "./particulars.ts";

export async function particularsForPublishing(
  tx: Tx,
  document: DocumentRecord,
  request: { locale: Locale; body: string },
): Promise<DpaParticulars | null> {
  if (document.kind !== "DPA") return null;
  const draft = await tx.trustDocumentDraft.findUnique({
    where: { documentId_locale: { documentId: document.id, locale: request.locale } },
    select: { dpaParticulars: true },
  });
  const particulars = readParticulars(draft?.dpaParticulars);
  const problems = particularsProblems(particulars, request.body);
  if (problems) throw new AppError("invalid", DPA_MESSAGES.particularsMissing(problems));
  return particulars;
}
