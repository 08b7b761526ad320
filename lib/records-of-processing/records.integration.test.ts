// The records of processing per organisation (Art. 30(2); ADR 0031): they name the processor and its DPO,
// the controller's contacts, the activities whose systems hold the organisation's data, the subprocessors
// authorised for it with their transfers, the DPA version it accepted and the TOMs version with its hash.
// A SPECIFIC organisation's records leave out a subprocessor until it approves it. The JSON of a past date
// is the state of that date: changes made afterwards do not alter it. A second organisation's data appears
// in no file. Access: members below the controller's privacy roles and other organisations are refused.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../prisma/factories.ts";
import { acceptDpa, acceptDpaInput } from "../dpa/accept.ts";
import { dpaBody, publishDpa } from "../dpa/testing.ts";
import { db } from "../db/client.ts";
import { respondToNotice } from "../subprocessor-notices/respond.ts";
import { contextFor } from "../testing/context.ts";
import { deliverOutboxAt } from "../testing/deliver-outbox.ts";
import { startSmtpSink, type SmtpSink } from "../testing/smtp-sink.ts";
import { fixedClock } from "../time/clock.ts";
import { publishDocument, publishInput } from "../trust/policies/publish.ts";
import { announceSubprocessorChange } from "../trust/subprocessors/announce.ts";
import { announceChangeInput } from "../trust/subprocessors/announce-input.ts";
import { updateProfile } from "../account/profile.ts";
import { updateBreachContacts } from "../organizations/breach-contacts.ts";
import { changeMemberRole } from "../organizations/members.ts";
import { updateProviderSettings } from "../provider/settings.ts";
import { providerSettingsInput } from "../provider/settings-input.ts";
import { editSubprocessorDetails } from "../trust/subprocessors/edit-details.ts";
import { saveActivity } from "./activities.ts";
import { organizationRecords, recordsMoment, staffOrganizationRecords } from "./access.ts";
import { recordsJson, recordsOfProcessing } from "./records.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const DAY = 86_400_000;
const START = new Date("2026-05-04T08:00:00.000Z");
const clock = fixedClock(START);
const on = (days: number) => new Date(START.getTime() + days * DAY);
const isoDay = (days: number) => on(days).toISOString().slice(0, 10);
const as = async (user: { id: string }, days: number) => {
  clock.set(on(days));
  return contextFor(user, { clock });
};

let acme: { id: string; slug: string };
let globex: { id: string; slug: string };
let acmeOwner: { id: string; email: string };
let acmePrivacy: { id: string; email: string };
let acmeMember: { id: string };
let globexOwner: { id: string; email: string };
let staffPrivacy: { id: string };
let staffContent: { id: string };
let staffAdmin: { id: string };
let hostingId: string;
const SUB = "Ticketdesk Records Ltd";

async function publishToms(days: number, body: string) {
  return publishDocument(
    await as(staffContent, days),
    publishInput.parse({
      slug: "toms",
      locale: "en",
      title: "Technical and organisational measures",
      body,
      effectiveDate: isoDay(days),
      changelog: "New version.",
    }),
  );
}

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  await upsertProviderSettings();
  acme = await createOrganization({ slug: "acme-records", name: "Acme Records AG" });
  globex = await createOrganization({
    slug: "globex-records",
    name: "Globex Records Inc",
    subprocessorAuthorisation: "SPECIFIC",
  });
  await db.organization.update({
    where: { id: acme.id },
    data: { privacyContacts: ["privacy@acme-records.example"] },
  });
  await db.organization.update({
    where: { id: globex.id },
    data: { privacyContacts: ["privacy@globex-records.example"] },
  });
  acmeOwner = await createUser({
    name: "Anna Acme",
    memberships: [{ organizationId: acme.id, role: "OWNER" }],
  });
  acmePrivacy = await createUser({
    name: "Paul Privacy",
    memberships: [{ organizationId: acme.id, role: "PRIVACY_OFFICER" }],
  });
  acmeMember = await createUser({ memberships: [{ organizationId: acme.id, role: "MEMBER" }] });
  globexOwner = await createUser({
    name: "Gina Globex",
    memberships: [{ organizationId: globex.id, role: "OWNER" }],
  });
  staffPrivacy = await createUser({ staffRoles: ["PRIVACY"] });
  staffContent = await createUser({ staffRoles: ["CONTENT"] });
  staffAdmin = await createUser({ staffRoles: ["ADMIN"] });

  const shared = await db.dataSystem.create({ data: { key: "rec-product-db", name: "Records product DB" } });
  const globexOnly = await db.dataSystem.create({ data: { key: "rec-globex-bi", name: "Globex-only BI" } });
  await db.organizationSystem.createMany({
    data: [
      { organizationId: acme.id, dataSystemId: shared.id },
      { organizationId: globex.id, dataSystemId: shared.id },
      { organizationId: globex.id, dataSystemId: globexOnly.id },
    ],
  });
  const lines = {
    processingCategories: "Storage\nErasure",
    dataCategories: "Contact data",
    dataSubjectCategories: "End users",
  };
  hostingId = (
    await saveActivity(await as(staffPrivacy, 1), {
      name: "Hosting of product data",
      purpose: "Storing the customer's product data.",
      systemKeys: "rec-product-db",
      ...lines,
    })
  ).activityId;
  await saveActivity(await as(staffPrivacy, 1), {
    name: "Globex BI reports",
    purpose: "Business intelligence for one customer.",
    systemKeys: "rec-globex-bi",
    ...lines,
  });
  await publishToms(1, "## Measures\n\nEncryption at rest, version one.");
  const dpa = await publishDpa(await as(staffContent, 1));
  await acceptDpa(
    await as(acmeOwner, 2),
    acceptDpaInput("en").parse({
      slug: acme.slug,
      versionId: dpa.id,
      contentHash: dpa.contentHash,
      signatoryName: "Anna Acme",
      signatoryTitle: "Managing Director",
      confirm: "yes",
    }),
  );
  // A new subprocessor from day 35; Acme (general authorisation) may object within its window, Globex
  // (specific) must approve it.
  await announceSubprocessorChange(
    await as(staffContent, 3),
    announceChangeInput.parse({
      type: "ADD",
      name: SUB,
      purpose: "Support ticket hosting",
      purposeDe: "Hosting von Support-Tickets",
      dataCategories: "Names\nEmail addresses",
      dataCategoriesDe: "Namen\nE-Mail-Adressen",
      location: "Virginia",
      country: "US",
      transferMechanism: "EU SCCs (Module 3) and EU-US Data Privacy Framework",
      effectiveDate: isoDay(35),
      note: "",
      noteDe: "",
    }),
  );
  // Acme's notice reaches it an hour later: its window runs 30 days from then (GDPR.md C1).
  await deliverOutboxAt(sink, acme, new Date(on(3).getTime() + 3_600_000));
});
afterAll(() => sink.close());

describe("the records of one organisation", () => {
  it("name processor, controller contacts, activities, DPA version and TOMs hash", async () => {
    const { records } = await organizationRecords(await as(acmeOwner, 10), acme.slug);
    expect(records.processor).toMatchObject({
      legalName: "Northwind Analytics GmbH",
      dpo: { name: "Dr. Lena Vogel", email: "dpo@northwind.example" },
    });
    expect(records.controller).toEqual({
      name: "Acme Records AG",
      slug: "acme-records",
      contacts: [
        { role: "OWNER", name: "Anna Acme", email: acmeOwner.email },
        { role: "PRIVACY_OFFICER", name: "Paul Privacy", email: acmePrivacy.email },
      ],
      privacyContacts: ["privacy@acme-records.example"],
    });
    expect(records.activities).toMatchObject([
      {
        name: "Hosting of product data",
        version: 1,
        systems: [{ key: "rec-product-db", name: "Records product DB" }],
      },
    ]);
    const toms = await db.trustDocumentVersion.findFirstOrThrow({
      where: { document: { slug: "toms" }, locale: "en", version: 1 },
    });
    expect(records.securityMeasures).toMatchObject({ version: 1, sha256: toms.contentHash });
    expect(records.securityMeasures!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const dpa = await db.trustDocumentVersion.findFirstOrThrow({ where: { document: { slug: "dpa" } } });
    expect(records.dpa).toMatchObject({ kind: "standard", version: 1, sha256: dpa.contentHash });
    expect(records.subprocessors.find((s) => s.name === SUB)).toBeUndefined(); // not yet in effect
    // Nothing tracked has changed yet: these are given as they are, and said to be (no subprocessor
    // applies yet, so no subprocessor's details are in question).
    expect(records.factsWithoutHistory).toEqual(["processor", "controller", "dataSystemsUsed"]);
  });

  it("list a new subprocessor with its transfer once authorised; a SPECIFIC organisation's only after approval", async () => {
    const acmeDay40 = (await organizationRecords(await as(acmeOwner, 40), acme.slug)).records;
    expect(acmeDay40.subprocessors.find((s) => s.name === SUB)).toEqual({
      name: SUB,
      purpose: "Support ticket hosting",
      dataCategories: ["Names", "Email addresses"],
      location: "Virginia",
      country: "US",
      transferMechanism: "EU SCCs (Module 3) and EU-US Data Privacy Framework",
      activeFrom: isoDay(35),
      basis: "window_closed",
    });
    const globexDay40 = (await organizationRecords(await as(globexOwner, 40), globex.slug)).records;
    expect(globexDay40.subprocessors.find((s) => s.name === SUB)).toBeUndefined();

    const notice = await db.subprocessorNotice.findFirstOrThrow({ where: { organizationId: globex.id } });
    await respondToNotice(await as(globexOwner, 41), {
      slug: globex.slug,
      noticeId: notice.id,
      answer: "approve",
      reason: "",
    });
    const globexDay41 = (await organizationRecords(await as(globexOwner, 41), globex.slug)).records;
    expect(globexDay41.subprocessors.find((s) => s.name === SUB)).toMatchObject({ basis: "approved" });
    // The day before the approval still leaves it out.
    const again = (await organizationRecords(await as(globexOwner, 41), globex.slug, isoDay(40))).records;
    expect(again.subprocessors.find((s) => s.name === SUB)).toBeUndefined();
  });

  it("give a past date's state: changes afterwards leave that date's JSON byte for byte the same", async () => {
    const pastDay = isoDay(42);
    // Produced the next morning, before anything changes.
    const before = recordsJson(
      (await organizationRecords(await as(acmeOwner, 43), acme.slug, pastDay)).records,
    );

    // After that day: a new version of the activity, new TOMs, a new DPA version accepted.
    await saveActivity(await as(staffPrivacy, 43), {
      activityId: hostingId,
      name: "Hosting of product data",
      purpose: "Storing and backing up the customer's product data.",
      processingCategories: "Storage\nErasure\nBackup",
      dataCategories: "Contact data",
      dataSubjectCategories: "End users",
      systemKeys: "rec-product-db",
    });
    const toms2 = await publishToms(44, "## Measures\n\nEncryption at rest and in transit, version two.");
    const dpa2 = await publishDpa(await as(staffContent, 44), { body: dpaBody("Version two.") });
    await acceptDpa(
      await as(acmeOwner, 45),
      acceptDpaInput("en").parse({
        slug: acme.slug,
        versionId: dpa2.id,
        contentHash: dpa2.contentHash,
        signatoryName: "Anna Acme",
        signatoryTitle: "Managing Director",
        confirm: "yes",
      }),
    );

    // … and the facts that live in editable rows: a contact renamed, the privacy officer demoted, the breach
    // contacts replaced, the DPO changed, a subprocessor's purpose edited.
    await updateProfile(await as(acmeOwner, 46), { name: "Anna Acme-Renamed" });
    const privacyMembership = await db.membership.findFirstOrThrow({
      where: { organizationId: acme.id, userId: acmePrivacy.id },
    });
    await changeMemberRole(await as(acmeOwner, 46), { membershipId: privacyMembership.id, role: "MEMBER" });
    // A change that does not touch what the records name writes no version.
    const versions = () => db.recordsFactVersion.count({ where: { kind: "CONTROLLER", subjectId: acme.id } });
    const counted = await versions();
    const memberMembership = await db.membership.findFirstOrThrow({
      where: { organizationId: acme.id, userId: acmeMember.id },
    });
    await changeMemberRole(await as(acmeOwner, 46), { membershipId: memberMembership.id, role: "AUDITOR" });
    await changeMemberRole(await as(acmeOwner, 46), { membershipId: memberMembership.id, role: "MEMBER" });
    expect(await versions()).toBe(counted);
    await updateBreachContacts(await as(acmeOwner, 46), {
      slug: acme.slug,
      contacts: "dpo-new@acme-records.example",
    });
    const provider = await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } });
    await updateProviderSettings(
      await as(staffAdmin, 47),
      providerSettingsInput.parse({
        legalName: provider.legalName,
        displayName: provider.displayName,
        address: provider.address,
        dpoName: "Dr. Neue Datenschutz",
        dpoEmail: "dpo-2@northwind.example",
        securityEmail: provider.securityEmail,
        defaultBreachNotificationHours: String(provider.defaultBreachNotificationHours),
        defaultDsrDueDays: String(provider.defaultDsrDueDays),
        defaultTimeZone: "Europe/Berlin",
        dataLocation: "Frankfurt, Germany",
        brandColor: "#1d4ed8",
      }),
    );
    const sub = await db.subprocessor.findFirstOrThrow({ where: { name: SUB } });
    await editSubprocessorDetails(await as(staffContent, 47), {
      subprocessorId: sub.id,
      purpose: "Support tickets and chat.",
      purposeDe: sub.purposeDe,
      dataCategoriesDe: sub.dataCategoriesDe,
      website: sub.website ?? "",
      dpaReference: sub.dpaReference ?? "",
    });

    const after = recordsJson(
      (await organizationRecords(await as(acmeOwner, 50), acme.slug, pastDay)).records,
    );
    expect(after).toBe(before);
    expect(before).toContain("Paul Privacy");
    expect(before).not.toContain("Dr. Neue Datenschutz");

    // Today's records give the new state, from its history.
    const today = (await organizationRecords(await as(acmeOwner, 50), acme.slug)).records;
    expect(today.controller.contacts).toEqual([
      { role: "OWNER", name: "Anna Acme-Renamed", email: acmeOwner.email },
    ]);
    expect(today.controller.privacyContacts).toEqual(["dpo-new@acme-records.example"]);
    expect(today.processor.dpo).toEqual({ name: "Dr. Neue Datenschutz", email: "dpo-2@northwind.example" });
    expect(today.subprocessors.find((s) => s.name === SUB)).toMatchObject({
      purpose: "Support tickets and chat.",
    });
    expect(today.factsWithoutHistory).not.toContain("controller");
    expect(today.factsWithoutHistory).not.toContain("processor");
    // Between the changes: day 46 has the contacts' change but the old DPO.
    const day46 = (await organizationRecords(await as(acmeOwner, 50), acme.slug, isoDay(46))).records;
    expect(day46.controller.contacts.map((c) => c.name)).toEqual(["Anna Acme-Renamed"]);
    expect(day46.processor.dpo.name).toBe(JSON.parse(before).processor.dpo.name);
    const parsed = JSON.parse(before);
    expect(parsed.asOf).toBe(`${pastDay}T23:59:59.999Z`);
    expect(parsed.activities[0]).toMatchObject({ version: 1 });
    expect(parsed.securityMeasures).toMatchObject({ version: 1 });
    expect(parsed.dpa).toMatchObject({ version: 1 });

    const now = (await organizationRecords(await as(acmeOwner, 50), acme.slug)).records;
    expect(now.activities[0]).toMatchObject({
      version: 2,
      processingCategories: ["Storage", "Erasure", "Backup"],
    });
    expect(now.securityMeasures).toMatchObject({ version: 2, sha256: toms2.contentHash });
    expect(now.dpa).toMatchObject({ version: 2, sha256: dpa2.contentHash });
  });

  it("hold nothing of another organisation", async () => {
    const acmeJson = recordsJson((await organizationRecords(await as(acmeOwner, 50), acme.slug)).records);
    for (const leak of ["Globex", "globex", globexOwner.email, "Gina", "rec-globex-bi", "Globex BI reports"])
      expect(acmeJson).not.toContain(leak);
    const globexJson = recordsJson(
      (await organizationRecords(await as(globexOwner, 50), globex.slug)).records,
    );
    for (const leak of ["Acme", "acme", acmeOwner.email, acmePrivacy.email, "Anna", "Paul Privacy"])
      expect(globexJson).not.toContain(leak);
    expect(globexJson).toContain("Globex BI reports");
  });

  it("refuse a member, another organisation (not_found), a future date; staff read any organisation", async () => {
    await expect(organizationRecords(await as(acmeMember, 50), acme.slug)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(organizationRecords(await as(globexOwner, 50), acme.slug)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(organizationRecords(await as(acmeOwner, 50), acme.slug, isoDay(51))).rejects.toMatchObject({
      code: "invalid",
    });
    await expect(staffOrganizationRecords(await as(acmeOwner, 50), acme.id)).rejects.toMatchObject({
      code: "not_found",
    });
    const staff = await staffOrganizationRecords(await as(staffPrivacy, 50), globex.id);
    expect(staff.records.controller.name).toBe("Globex Records Inc");
    expect(recordsMoment(isoDay(50), on(50))).toEqual(on(50));
    expect(await recordsOfProcessing(db, "no-such-organisation", on(50))).toBeNull();
  });
});
