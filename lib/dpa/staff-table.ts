import "server-only";
// The staff table of every organisation and its DPA (GDPR.md D3; ADR 0029): which version it accepted, when
// and by whom, or that it is pending, or bound by a negotiated DPA; filterable by state. Staff who see
// organisations (admin.organizations.view). Three queries whatever the number of organisations.
import { z } from "zod";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { AcceptedDpa } from "./accepted.ts";
import { currentDpaVersion, type DpaVersionFacts } from "./current-version.ts";
import { dpaState, type DpaState } from "./status.ts";

export const DPA_FILTERS = ["all", "pending", "current", "negotiated"] as const;
export const dpaFilter = z.enum(DPA_FILTERS).catch("all");
export type DpaFilter = (typeof DPA_FILTERS)[number];

export type DpaTableRow = {
  organizationId: string;
  name: string;
  slug: string;
  state: DpaState;
  accepted: {
    version: number;
    acceptanceId: string;
    acceptedAt: Date;
    signatoryName: string;
    signatoryTitle: string;
    email: string;
  } | null;
  negotiated: { id: string; title: string; sha256: string; attachedAt: Date } | null;
};

export type DpaTable = { current: DpaVersionFacts | null; rows: DpaTableRow[] };

export async function dpaAcceptanceTable(ctx: Context, filter: DpaFilter): Promise<DpaTable> {
  await authorizeStaff(ctx, "admin.organizations.view");
  const now = ctx.clock.now();
  const [current, organizations, acceptances, negotiated] = await Promise.all([
    currentDpaVersion(db),
    db.organization.findMany({ select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } }),
    db.dpaAcceptance.findMany({
      where: { acceptedAt: { lte: now } },
      distinct: ["organizationId"],
      orderBy: [{ organizationId: "asc" }, { acceptedAt: "desc" }],
    }),
    db.negotiatedDpa.findMany({
      where: { attachedAt: { lte: now } },
      distinct: ["organizationId"],
      orderBy: [{ organizationId: "asc" }, { attachedAt: "desc" }],
      select: {
        id: true,
        organizationId: true,
        title: true,
        sha256: true,
        effectiveDate: true,
        attachedAt: true,
      },
    }),
  ]);
  const acceptanceOf = new Map(acceptances.map((a) => [a.organizationId, a]));
  const negotiatedOf = new Map(negotiated.map((n) => [n.organizationId, n]));
  const rows = organizations.map((organization): DpaTableRow => {
    const a = acceptanceOf.get(organization.id);
    const n = negotiatedOf.get(organization.id);
    const bound: AcceptedDpa | null = n
      ? {
          kind: "negotiated",
          negotiatedDpaId: n.id,
          title: n.title,
          sha256: n.sha256,
          effectiveDate: n.effectiveDate,
          attachedAt: n.attachedAt,
        }
      : a
        ? {
            kind: "standard",
            acceptanceId: a.id,
            versionId: a.versionId,
            version: a.version,
            locale: a.locale,
            contentHash: a.contentHash,
            acceptedAt: a.acceptedAt,
            signatoryName: a.signatoryName,
            signatoryTitle: a.signatoryTitle,
          }
        : null;
    return {
      organizationId: organization.id,
      name: organization.name,
      slug: organization.slug,
      state: dpaState(current, bound),
      accepted: a
        ? {
            version: a.version,
            acceptanceId: a.id,
            acceptedAt: a.acceptedAt,
            signatoryName: a.signatoryName,
            signatoryTitle: a.signatoryTitle,
            email: a.userEmail,
          }
        : null,
      negotiated: n ? { id: n.id, title: n.title, sha256: n.sha256, attachedAt: n.attachedAt } : null,
    };
  });
  return { current, rows: filter === "all" ? rows : rows.filter((row) => row.state === filter) };
}
