import "server-only";
// What the portal's DPA page shows a member (ADR 0029). Every member: where the organisation stands, the
// current version's text with its particulars (or its negotiated DPA), and — when it accepted an earlier
// version — what changed since. Those who may accept (owners, admins, named signatories): the form. Those
// who may see the record (org.dpa.view, or a signatory): every acceptance with its receipt. Owners and
// admins: the members, to name signatories.
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { mayAcceptDpa } from "./accept.ts";
import { readParticulars, type DpaParticulars } from "./particulars.ts";
import { organizationDpaStatus, type DpaStatus } from "./status.ts";

export type VersionText = { id: string; version: number; body: string; contentHash: string };

export type DpaPortalView = {
  slug: string;
  status: DpaStatus;
  /** The current version's text and particulars (null while none is published). */
  text: (VersionText & { title: string; particulars: DpaParticulars | null }) | null;
  /** The version the organisation accepted before, when it is not the current one (for the diff). */
  previous: VersionText | null;
  canAccept: boolean;
  acceptances:
    | {
        id: string;
        version: number;
        acceptedAt: Date;
        signatoryName: string;
        signatoryTitle: string;
        email: string;
      }[]
    | null;
  negotiated: {
    id: string;
    title: string;
    sha256: string;
    size: number;
    effectiveDate: Date;
    attachedAt: Date;
  } | null;
  members: { userId: string; email: string; name: string | null; role: string; signatory: boolean }[] | null;
};

const textSelect = { id: true, version: true, body: true, contentHash: true } as const;

export async function dpaPortalView(ctx: Context, slug: string): Promise<DpaPortalView> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.view");
  const status = await organizationDpaStatus(db, org.organizationId, ctx.clock.now());
  const mayAccept = await mayAcceptDpa(org);
  const seesRecord = mayAccept || (!org.actor.apiKey && customerCan(org.role, "org.dpa.view"));
  const managesSignatories = !org.actor.apiKey && customerCan(org.role, "org.dpa.accept");
  const current = status.current
    ? await db.trustDocumentVersion.findUnique({
        where: { id: status.current.id },
        select: { ...textSelect, title: true, dpaParticulars: true },
      })
    : null;
  const bound = status.bound;
  const previous =
    status.state === "pending" && bound?.kind === "standard"
      ? await db.trustDocumentVersion.findUnique({ where: { id: bound.versionId }, select: textSelect })
      : null;
  const negotiated =
    bound?.kind === "negotiated"
      ? await db.negotiatedDpa.findUnique({
          where: { id: bound.negotiatedDpaId },
          select: { id: true, title: true, sha256: true, size: true, effectiveDate: true, attachedAt: true },
        })
      : null;
  const acceptances = seesRecord
    ? (
        await db.dpaAcceptance.findMany({
          where: { organizationId: org.organizationId },
          orderBy: { acceptedAt: "desc" },
          select: {
            id: true,
            version: true,
            acceptedAt: true,
            signatoryName: true,
            signatoryTitle: true,
            userEmail: true,
          },
        })
      ).map(({ userEmail, ...a }) => ({ ...a, email: userEmail }))
    : null;
  const members = managesSignatories ? await membersWithSignatories(org.organizationId) : null;
  return {
    slug: org.slug,
    status,
    text: current
      ? {
          id: current.id,
          version: current.version,
          body: current.body,
          contentHash: current.contentHash,
          title: current.title,
          particulars: readParticulars(current.dpaParticulars),
        }
      : null,
    previous,
    canAccept: mayAccept && status.state === "pending" && !org.closing,
    acceptances,
    negotiated,
    members,
  };
}

async function membersWithSignatories(organizationId: string): Promise<DpaPortalView["members"]> {
  const [memberships, signatories] = await Promise.all([
    db.membership.findMany({
      where: { organizationId },
      orderBy: { createdAt: "asc" },
      select: { userId: true, role: true, user: { select: { email: true, name: true } } },
    }),
    db.dpaSignatory.findMany({ where: { organizationId }, select: { userId: true } }),
  ]);
  const named = new Set(signatories.map((s) => s.userId));
  return memberships.map((m) => ({
    userId: m.userId,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    signatory: named.has(m.userId),
  }));
}

/** For the banner on every portal page: the version the organisation has yet to accept, or null (also while closing). */
export async function pendingDpaVersion(ctx: Context, slug: string): Promise<number | null> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.view");
  if (org.closing) return null;
  const status = await organizationDpaStatus(db, org.organizationId, ctx.clock.now());
  return status.state === "pending" ? (status.current?.version ?? null) : null;
}
