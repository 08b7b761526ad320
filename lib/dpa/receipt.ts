// The DPA acceptance receipt (GDPR.md D3; ADR 0029, like the certificates of ADR 0020): one acceptance row
// as a signed document of its own `type` — who accepted (account, email, the name and title typed), for
// which organisation, which version with the SHA-256 of its text, when, from which IP address and browser,
// and who issued it. Built from the immutable row alone, with no "issued now" time, so the same receipt
// downloaded twice is the same file with the same signature (JSON and PDF tie together). Pure.
import { z } from "zod";
import type { DpaAcceptance } from "../generated/prisma/client.ts";
import { quoted } from "../text/quote.ts";
import { utcText } from "../pdf/certificate-seal.ts";
import { RECEIPT_MESSAGES as M } from "./messages.ts";

export const DPA_RECEIPT_TYPE = "article28.dpa-acceptance-receipt";

export type DpaReceipt = {
  type: typeof DPA_RECEIPT_TYPE;
  schema: 1;
  acceptance: { id: string; acceptedAt: string };
  issuer: { name: string; url: string };
  /** Where the issuer publishes the keys that verify this receipt's signature. */
  publicKeys: string;
  organization: { id: string; slug: string; name: string };
  document: {
    title: string;
    version: number;
    locale: string;
    effectiveDate: string;
    contentHash: string;
    contentHashRule: string;
    url: string;
  };
  signatory: { name: string; title: string; email: string; userId: string };
  request: { ip: string | null; userAgent: string | null };
};

export type ReceiptFacts = {
  acceptance: DpaAcceptance;
  version: { title: string; effectiveDate: Date };
  issuer: { name: string; url: string };
  publicKeys: string;
};

export function dpaReceipt({ acceptance: a, version, issuer, publicKeys }: ReceiptFacts): DpaReceipt {
  return {
    type: DPA_RECEIPT_TYPE,
    schema: 1,
    acceptance: { id: a.id, acceptedAt: a.acceptedAt.toISOString() },
    issuer,
    publicKeys,
    organization: { id: a.organizationId, slug: a.organizationSlug, name: a.organizationName },
    document: {
      title: version.title,
      version: a.version,
      locale: a.locale,
      effectiveDate: version.effectiveDate.toISOString().slice(0, 10),
      contentHash: a.contentHash,
      contentHashRule: M.hashNote,
      url: `${issuer.url}/${a.locale}/dpa/v/${a.version}`,
    },
    signatory: { name: a.signatoryName, title: a.signatoryTitle, email: a.userEmail, userId: a.userId },
    request: { ip: a.ip, userAgent: a.userAgent },
  };
}

const summarised = z.object({
  type: z.literal(DPA_RECEIPT_TYPE),
  schema: z.number(),
  acceptance: z.object({ id: z.string(), acceptedAt: z.string() }),
  issuer: z.object({ name: z.string(), url: z.string() }),
  organization: z.object({ slug: z.string(), name: z.string() }),
  document: z.object({ title: z.string(), version: z.number(), locale: z.string(), contentHash: z.string() }),
  signatory: z.object({ name: z.string(), title: z.string(), email: z.string() }),
  request: z.object({ ip: z.string().nullable(), userAgent: z.string().nullable() }),
});

/** What `npm run verify-certificate` prints for a valid receipt; null for any other document. */
export function dpaReceiptSummary(document: unknown): string[] | null {
  const parsed = summarised.safeParse(document);
  if (!parsed.success) return null;
  const r = parsed.data;
  const q = (value: string) => quoted(value, { max: 200 });
  return [
    `${M.title} ${r.acceptance.id} (schema ${r.schema})`,
    `${M.issuer}: ${q(r.issuer.name)} (${r.issuer.url})`,
    `${M.organization}: ${q(r.organization.name)} (${r.organization.slug})`,
    `${M.document}: ${q(r.document.title)}, ${M.version.toLowerCase()} ${r.document.version} (${r.document.locale})`,
    `${M.contentHash}: ${r.document.contentHash}`,
    `${M.signatory}: ${q(r.signatory.name)}, ${q(r.signatory.title)} <${r.signatory.email}>`,
    `${M.acceptedAt}: ${utcText(r.acceptance.acceptedAt)}`,
    `${M.ip}: ${r.request.ip ?? M.notRecorded}`,
  ];
}
