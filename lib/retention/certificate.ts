// The retention certificate (issue 13 "Signed certificates"; GDPR.md G1; ADR 0020, 0021): one purge's evidence
// row (RetentionRun) as a signed document of its own `type` — which run, which category (label and the
// selector recorded with the run), whose rows, the period and cutoff applied, how many rows went, their time
// range, the SHA-256 over their ids (and how to recompute it), when the run started and finished, and who
// issued it. Built from what is recorded, with no "issued now" time, so the same copy downloaded twice is the
// same file with the same signature (JSON and PDF tie together).
// Two copies: the provider's (staff) states how many expired rows a legal hold kept; the controller's
// (the organisation's owners and admins) leaves `held` null, because whether a hold exists is the provider's
// to tell (ADR 0021: the portal's evidence never shows held counts).
import type { Text } from "../i18n/text.ts";
import { utcText } from "../pdf/certificate-seal.ts";
import { quoted } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";
import { RETENTION_CERTIFICATE_MESSAGES as M } from "./messages.ts";
import type { RetentionRun } from "../generated/prisma/client.ts";

export const RETENTION_CERTIFICATE_TYPE = "article28.retention-certificate";

/** How `idsSha256` is computed (./evidence.ts), so anyone holding the ids can check it. */
export const IDS_SHA256_RULE =
  "SHA-256 (hex) over the removed rows' ids, sorted in code-unit order, each followed by a newline";

export type RetentionCertificateCopy = "provider" | "controller";

export type RetentionCertificate = {
  type: typeof RETENTION_CERTIFICATE_TYPE;
  schema: 1;
  copy: RetentionCertificateCopy;
  issuer: { name: string; url: string };
  /** Where the issuer publishes the keys that verify this certificate's signature. */
  publicKeys: string;
  /** `id`: this evidence row; `runId`: the purge run it belongs to (every category and organisation of one run). */
  run: { id: string; runId: string; startedAt: string; finishedAt: string };
  category: { key: string; label: Text; selector: string };
  /** null: the provider's own rows (no organisation). Name and slug null: the organisation no longer exists. */
  organization: { id: string; slug: string | null; name: string | null } | null;
  period: { days: number; cutoff: string };
  removed: number;
  /** Expired rows a legal hold kept; null in the controller's copy. */
  held: number | null;
  range: { oldestAt: string | null; newestAt: string | null };
  idsSha256: string;
  idsSha256Rule: string;
};

/** The evidence row as recorded by the purge (lib/retention/purge.ts). */
export type RetentionRunFacts = RetentionRun;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function retentionCertificate(facts: {
  run: RetentionRunFacts;
  copy: RetentionCertificateCopy;
  /** The category's label in the registry (its key when the category is no longer registered). */
  label: Text;
  organization: { slug: string; name: string } | null;
  issuer: { name: string; url: string };
  publicKeys: string;
}): RetentionCertificate {
  const { run } = facts;
  return {
    type: RETENTION_CERTIFICATE_TYPE,
    schema: 1,
    copy: facts.copy,
    issuer: facts.issuer,
    publicKeys: facts.publicKeys,
    run: {
      id: run.id,
      runId: run.runId,
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt.toISOString(),
    },
    // Only the languages the label has: a signed document carries no undefined values.
    category: {
      key: run.category,
      label: facts.label.de ? { en: facts.label.en, de: facts.label.de } : { en: facts.label.en },
      selector: run.selector,
    },
    organization: run.organizationId
      ? {
          id: run.organizationId,
          slug: facts.organization?.slug ?? null,
          name: facts.organization?.name ?? null,
        }
      : null,
    period: { days: run.periodDays, cutoff: run.cutoff.toISOString() },
    removed: run.removed,
    held: facts.copy === "provider" ? run.held : null,
    range: { oldestAt: iso(run.oldestAt), newestAt: iso(run.newestAt) },
    idsSha256: run.idsSha256,
    idsSha256Rule: IDS_SHA256_RULE,
  };
}

/** Whose records, as one line of the PDF and the summary (names quoted on one line, S25). */
export function controllerLine(organization: RetentionCertificate["organization"]): string {
  if (!organization) return M.providerRows;
  if (!organization.name) return `${M.deletedOrganisation} (${organization.id})`;
  return `${quoted(toSingleLine(organization.name), { max: 120 })} (${organization.slug}, ${organization.id})`;
}

/** The removed rows' time range, as one line. */
export function rangeLine(range: RetentionCertificate["range"]): string {
  return range.oldestAt && range.newestAt
    ? `${utcText(range.oldestAt)} - ${utcText(range.newestAt)}`
    : M.noRange;
}
