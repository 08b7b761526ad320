// The organisation's DPA acceptances (D3): who accepted which version when, with the text's SHA-256, from
// where — the immutable rows behind the signed receipts — and the individually negotiated DPAs that bound it
// instead (title, SHA-256 of the signed PDF, dates; the PDF itself is downloadable in the portal).
import { afterId, columns, defineEntity, pagesById } from "../entity.ts";

export const dpaAcceptancesEntity = defineEntity({
  name: "dpa-acceptances",
  title: "DPA acceptances",
  about: "Every acceptance of a published DPA version by a member of the organisation (immutable).",
  columns: columns({
    id: "the acceptance's id (its receipt names it)",
    version: "the DPA version accepted",
    locale: "the language of the accepted text",
    content_sha256: "SHA-256 of the accepted version's text",
    accepted_at: "when it was accepted (UTC)",
    user_email: "the member who accepted",
    signatory_name: "the name they typed",
    signatory_title: "the title they typed",
    ip: "the address it was accepted from",
    user_agent: "the browser it was accepted with",
  }),
  count: ({ tx, organizationId }) => tx.dpaAcceptance.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.dpaAcceptance.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
        }),
      (a) => ({
        id: a.id,
        version: a.version,
        locale: a.locale,
        content_sha256: a.contentHash,
        accepted_at: a.acceptedAt,
        user_email: a.userEmail,
        signatory_name: a.signatoryName,
        signatory_title: a.signatoryTitle,
        ip: a.ip,
        user_agent: a.userAgent,
      }),
    ),
});

export const negotiatedDpasEntity = defineEntity({
  name: "negotiated-dpas",
  title: "Negotiated DPAs",
  about: "Individually negotiated DPAs that bind the organisation instead of the standard version.",
  columns: columns({
    id: "the negotiated DPA's id",
    title: "the contract's name",
    sha256: "SHA-256 of the signed PDF",
    bytes: "the PDF's size",
    effective_date: "the day from which it binds",
    attached_at: "when the provider attached it (UTC)",
  }),
  count: ({ tx, organizationId }) => tx.negotiatedDpa.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.negotiatedDpa.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          select: { id: true, title: true, sha256: true, size: true, effectiveDate: true, attachedAt: true },
        }),
      (d) => ({
        id: d.id,
        title: d.title,
        sha256: d.sha256,
        bytes: d.size,
        effective_date: d.effectiveDate.toISOString().slice(0, 10),
        attached_at: d.attachedAt,
      }),
    ),
});
