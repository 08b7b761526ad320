// S11: every staff function of the library, the NDA and access review checks its permission inside
// lib. Staff without it, customers (even organisation owners) and anonymous callers are refused, and
// nothing changes: grants, rules, settings, documents, NDA versions and the outbox stay as they were.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { ErrorCode } from "../../errors.ts";
import { anonymousContext, contextFor } from "../../testing/context.ts";
import { refusalsCounted } from "../../testing/refusals.ts";
import {
  createLibraryDocument,
  replaceLibraryFile,
  setLibraryDocumentArchived,
  updateLibraryMetadata,
} from "../library/documents.ts";
import { listLibraryForStaff } from "../library/staff-list.ts";
import { ensureTestNda, makeLibraryDocument, makeTestPdf, uniqueSuffix } from "../library/test-fixtures.ts";
import { listNdaVersions, publishNdaVersion } from "../nda/nda-versions.ts";
import { approveGrant, denyGrant, revokeGrant } from "./decisions.ts";
import { listDownloadsByCompany } from "./download-log.ts";
import { listAccessRequests, listApprovedGrants } from "./review.ts";
import {
  createAccessRule,
  deleteAccessRule,
  listAccessRules,
  setRefuseFreeMailDomains,
  updateAccessRule,
} from "./rules.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

let pendingGrantId: string;
let approvedGrantId: string;
let ruleId: string;
let documentId: string;
let pdf: Uint8Array;

/** Everything the refused calls could have touched. */
async function snapshot() {
  return JSON.stringify({
    grants: await db.accessGrant.findMany({ orderBy: { id: "asc" } }),
    requests: await db.accessRequest.findMany({ orderBy: { id: "asc" } }),
    rules: await db.accessRule.findMany({ orderBy: { id: "asc" } }),
    settings: await db.providerSettings.findMany(),
    documents: await db.libraryDocument.findMany({
      orderBy: { id: "asc" },
      select: { id: true, slug: true, title: true, sha256: true, archivedAt: true, updatedAt: true },
    }),
    nda: await db.ndaTemplate.findMany({ orderBy: { id: "asc" } }),
    outbox: await db.outboxEmail.count(),
    trustUpdates: await db.trustUpdate.count(),
  });
}

beforeAll(async () => {
  await upsertProviderSettings();
  const nda = await ensureTestNda("en");
  const document = await makeLibraryDocument();
  documentId = document.id;
  pdf = await makeTestPdf(1);
  const acceptance = (email: string) => ({
    create: {
      templateId: nda.id,
      templateVersion: nda.version,
      templateHash: nda.contentHash,
      typedName: "X",
      email,
    },
  });
  const request = await db.accessRequest.create({
    data: {
      name: "X",
      email: "x@buyer.example",
      company: "Buyer",
      reason: "r",
      ndaAcceptance: acceptance("x@buyer.example"),
      grants: { create: [{ documentId: document.id }] },
    },
    include: { grants: true },
  });
  pendingGrantId = request.grants[0]!.id;
  const other = await makeLibraryDocument();
  const approved = await db.accessRequest.create({
    data: {
      name: "Y",
      email: "y@buyer.example",
      company: "Buyer",
      reason: "r",
      status: "DECIDED",
      ndaAcceptance: acceptance("y@buyer.example"),
      grants: {
        create: [{ documentId: other.id, status: "APPROVED", expiresAt: new Date(Date.now() + 86_400_000) }],
      },
    },
    include: { grants: true },
  });
  approvedGrantId = approved.grants[0]!.id;
  ruleId = (
    await db.accessRule.create({
      data: { domain: `rule-${uniqueSuffix()}.example`, action: "AUTO_DENY", reason: "No" },
    })
  ).id;
});

const upload = () => ({ bytes: pdf, declaredType: "application/pdf", declaredName: "x.pdf" });
const metadata = {
  slug: `new-${uniqueSuffix()}`,
  title: "New",
  titleDe: "",
  description: "",
  descriptionDe: "",
  gated: true,
};

type Call = [string, (ctx: Context) => Promise<unknown>];

const reviewCalls: Call[] = [
  ["approveGrant", (ctx) => approveGrant(ctx, { grantId: pendingGrantId, days: 30 })],
  ["denyGrant", (ctx) => denyGrant(ctx, { grantId: pendingGrantId, reason: "No reason" })],
  ["revokeGrant", (ctx) => revokeGrant(ctx, { grantId: approvedGrantId })],
  [
    "createAccessRule",
    (ctx) =>
      createAccessRule(ctx, { domain: "new.example", action: "AUTO_APPROVE", grantDays: "5", reason: "" }),
  ],
  [
    "updateAccessRule",
    (ctx) =>
      updateAccessRule(ctx, {
        ruleId,
        domain: "changed.example",
        action: "AUTO_DENY",
        grantDays: "",
        reason: "Changed",
      }),
  ],
  ["deleteAccessRule", (ctx) => deleteAccessRule(ctx, { ruleId })],
  ["setRefuseFreeMailDomains", (ctx) => setRefuseFreeMailDomains(ctx, { refuse: true })],
  ["listAccessRequests", (ctx) => listAccessRequests(ctx)],
  ["listApprovedGrants", (ctx) => listApprovedGrants(ctx)],
  ["listDownloadsByCompany", (ctx) => listDownloadsByCompany(ctx)],
  ["listAccessRules", (ctx) => listAccessRules(ctx)],
];

const libraryCalls: Call[] = [
  ["createLibraryDocument", (ctx) => createLibraryDocument(ctx, metadata, upload())],
  ["replaceLibraryFile", (ctx) => replaceLibraryFile(ctx, documentId, upload())],
  ["updateLibraryMetadata", (ctx) => updateLibraryMetadata(ctx, { documentId, ...metadata })],
  ["setLibraryDocumentArchived", (ctx) => setLibraryDocumentArchived(ctx, documentId, true)],
  ["listLibraryForStaff", (ctx) => listLibraryForStaff(ctx)],
  ["publishNdaVersion", (ctx) => publishNdaVersion(ctx, { locale: "en", title: "T", body: "b".repeat(200) })],
  ["listNdaVersions", (ctx) => listNdaVersions(ctx)],
];

async function expectRefusedWithoutChange(calls: Call[], ctx: Context, code: ErrorCode) {
  const before = await snapshot();
  for (const [name, call] of calls) await expect(call(ctx), name).rejects.toMatchObject({ code });
  expect(await snapshot()).toBe(before);
}

describe("S11: access review needs trust.access.review", () => {
  it("refuses staff without it (SUPPORT) and changes nothing; the refusal is audited", async () => {
    const support = await createUser({ staffRoles: ["SUPPORT"] });
    await expectRefusedWithoutChange(reviewCalls, await contextFor(support), "forbidden");
    // The first refusal is an event; every one is counted for the window's summary (S24).
    const denied = { action: "authz.denied", actorUserId: support.id };
    expect(await db.auditEvent.count({ where: denied })).toBeLessThan(reviewCalls.length);
    expect(await refusalsCounted(denied)).toBe(reviewCalls.length);
  });

  it("refuses customers, even organisation owners, as not found", async () => {
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    await expectRefusedWithoutChange(reviewCalls, await contextFor(owner), "not_found");
  });

  it("refuses anonymous callers", async () => {
    await expectRefusedWithoutChange(reviewCalls, anonymousContext(), "unauthenticated");
  });
});

describe("S11: the library and NDA versions need trust.library.manage", () => {
  it("refuses staff without it (SUPPORT, PRIVACY) and changes nothing", async () => {
    for (const role of ["SUPPORT", "PRIVACY"] as const) {
      const staff = await contextFor(await createUser({ staffRoles: [role] }));
      await expectRefusedWithoutChange(libraryCalls, staff, "forbidden");
    }
  });

  it("refuses customers and anonymous callers", async () => {
    const org = await createOrganization();
    const admin = await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
    await expectRefusedWithoutChange(libraryCalls, await contextFor(admin), "not_found");
    await expectRefusedWithoutChange(libraryCalls, anonymousContext(), "unauthenticated");
  });

  it("lets CONTENT staff in (control: the calls themselves work)", async () => {
    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }));
    expect((await listLibraryForStaff(content)).some((d) => d.id === documentId)).toBe(true);
    expect(
      (await listAccessRequests(content)).pending.some((r) => r.grants.some((g) => g.id === pendingGrantId)),
    ).toBe(true);
  });
});
