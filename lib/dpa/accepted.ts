// Which DPA bound an organisation on a date (for the records of processing, Art. 30(2); ADR 0029): its
// individually negotiated DPA if one was attached by then (the newest such), else the newest standard
// version it had accepted by then, else null (it had accepted none). Acceptances and negotiated DPAs are
// immutable rows with their times, so any past date is answered from the rows alone.
import type { Tx } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";

export type AcceptedDpa =
  | {
      kind: "negotiated";
      negotiatedDpaId: string;
      title: string;
      sha256: string;
      effectiveDate: Date;
      attachedAt: Date;
    }
  | {
      kind: "standard";
      acceptanceId: string;
      versionId: string;
      version: number;
      locale: Locale;
      contentHash: string;
      acceptedAt: Date;
      signatoryName: string;
      signatoryTitle: string;
    };

export type AcceptedDpaReader = Pick<Tx, "dpaAcceptance" | "negotiatedDpa">;

export async function acceptedDpaAt(
  reader: AcceptedDpaReader,
  organizationId: string,
  at: Date,
): Promise<AcceptedDpa | null> {
  const negotiated = await reader.negotiatedDpa.findFirst({
    where: { organizationId, attachedAt: { lte: at } },
    orderBy: { attachedAt: "desc" },
    select: { id: true, title: true, sha256: true, effectiveDate: true, attachedAt: true },
  });
  if (negotiated) {
    const { id, ...facts } = negotiated;
    return { kind: "negotiated", negotiatedDpaId: id, ...facts };
  }
  const acceptance = await reader.dpaAcceptance.findFirst({
    where: { organizationId, acceptedAt: { lte: at } },
    orderBy: [{ acceptedAt: "desc" }, { version: "desc" }],
    select: {
      id: true,
      versionId: true,
      version: true,
      locale: true,
      contentHash: true,
      acceptedAt: true,
      signatoryName: true,
      signatoryTitle: true,
    },
  });
  if (!acceptance) return null;
  const { id, ...facts } = acceptance;
  return { kind: "standard", acceptanceId: id, ...facts };
}
