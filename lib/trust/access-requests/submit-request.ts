import "server-only";
// A visitor asks for gated documents under the current NDA (public, no login). Throttled per IP and
// per address (S20: when blocked, nothing is stored); a filled-in honeypot gets the same answer as a
// real request and stores nothing. One transaction stores the NDA acceptance (typed name, email, IP,
// user agent, NDA version and hash), the request and one grant per document, decided at once by an
// access rule or the free-mail setting where they apply, plus the emails: to the requester (received,
// or the decision with the personal link) and, while anything waits, to the provider's security address.
// The visitor is told the request's reference (drawn by the database) and what they asked for, on the page and in the email.
import { recordAudit } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db, type Tx } from "../../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";
import type { Locale } from "../../i18n/locale.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import { consumeAttempt, minutesToWait, RULES } from "../../security/throttle.ts";
import { getCurrentNda, type NdaText } from "../nda/current-nda.ts";
import { accessPageUrl, accessReviewUrl, newAccessToken } from "./access-link.ts";
import { automaticDecision, type AutomaticDecision } from "./automatic-decision.ts";
import { requestReceivedEmail, reviewNeededEmail, type DocumentLine } from "./emails.ts";
import { ACCESS_REQUEST_MESSAGES, FREE_MAIL_REASON } from "./messages.ts";
import { unusedReference } from "./reference.ts";
import type { AccessRequestInput } from "./request-input.ts";
import { providerTimeZone } from "../../provider/default-time-zone.ts";

/** A requested document and how far it got at once (rules may decide on the spot). */
export type RequestedDocumentState = { title: string; state: "pending" | "approved" | "denied" };

export type AccessRequestOutcome =
  | {
      status: "received";
      /** What to quote when asking about the request ("AR-7F3A9-C21B0"). */
      reference: string;
      /** Who asked, as they typed it; where the confirmation went. */
      name: string;
      company: string;
      email: string;
      documents: RequestedDocumentState[];
    }
  | { status: "throttled"; minutes: number }
  /** The NDA shown was replaced meanwhile (the page was older than the newest version). */
  | { status: "nda-outdated" }
  /** A chosen document is no longer available for request. */
  | { status: "documents-unavailable" };

const DAY_MS = 24 * 60 * 60 * 1000;

type RequestedDocument = { id: string; slug: string; title: string };

/** A visitor's request (anyone may call; `ctx.request` is the evidence of the acceptance). */
export async function submitAccessRequest(
  ctx: Context,
  input: AccessRequestInput,
): Promise<AccessRequestOutcome> {
  // A filled-in honeypot: the answer of a real request, with a reference that names nothing.
  if (input.website.trim() !== "") return received(unusedReference(), input, await requestedTitles(input));
  const verdict = await consumeAttempt(
    [
      { rule: RULES.accessRequestIp, subject: ctx.request.ip ?? "unknown" },
      { rule: RULES.accessRequestAddress, subject: input.email },
    ],
    ctx.clock,
  );
  if (verdict.blocked) return { status: "throttled", minutes: minutesToWait(verdict.retryAfterMs) };

  const nda = await getCurrentNda(input.locale);
  if (!nda || nda.id !== input.ndaTemplateId) return { status: "nda-outdated" };
  const documents = await requestableDocuments(input);
  if (documents.length !== input.documents.length) return { status: "documents-unavailable" };

  const stored = await db.$transaction((tx) => storeRequest(tx, ctx, input, nda, documents), {
    maxWait: 10_000,
    timeout: 20_000,
  });
  await requestEmailDelivery();
  return received(stored.reference, input, stored.lines);
}

function received(
  reference: string,
  input: AccessRequestInput,
  lines: { title: string; state: RequestedDocumentState["state"] }[],
): AccessRequestOutcome {
  return {
    status: "received",
    reference,
    name: input.name,
    company: input.company,
    email: input.email,
    documents: lines.map(({ title, state }) => ({ title, state })),
  };
}

/** The gated documents asked for that can be requested, titled in the request's language. */
async function requestableDocuments(input: AccessRequestInput): Promise<RequestedDocument[]> {
  const rows = await db.libraryDocument.findMany({
    where: { slug: { in: input.documents }, gated: true, archivedAt: null },
    select: { id: true, slug: true, title: true, titleDe: true },
  });
  const asked = (slug: string) => input.documents.indexOf(slug);
  return [...rows]
    .sort((a, b) => asked(a.slug) - asked(b.slug))
    .map((d) => ({
      id: d.id,
      slug: d.slug,
      title: (input.locale === "de" && d.titleDe) || d.title,
    }));
}

async function requestedTitles(input: AccessRequestInput): Promise<DocumentLine[]> {
  return (await requestableDocuments(input)).map((d) => ({ title: d.title, state: "pending" }));
}

async function storeRequest(
  tx: Tx,
  ctx: Context,
  input: AccessRequestInput,
  nda: NdaText,
  documents: RequestedDocument[],
): Promise<{ reference: string; lines: DocumentLine[] }> {
  const { request, clock } = ctx;
  const now = clock.now();
  const settings = await tx.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { displayName: true, securityEmail: true, refuseFreeMailDomains: true },
  });
  const rules = await tx.accessRule.findMany({
    select: { id: true, domain: true, action: true, grantDays: true, reason: true },
  });
  const decision = automaticDecision(input.email, rules, settings?.refuseFreeMailDomains ?? false);
  const grant = grantFields(decision, input.locale, now);
  const access = grant.status === "APPROVED" ? newAccessToken() : null;

  const acceptance = await tx.ndaAcceptance.create({
    data: {
      templateId: nda.id,
      templateVersion: nda.version,
      templateHash: nda.contentHash,
      typedName: input.typedName.trim(),
      email: input.email,
      ip: request.ip,
      userAgent: request.userAgent?.slice(0, 512) ?? null,
      acceptedAt: now,
    },
    select: { id: true },
  });
  const created = await tx.accessRequest.create({
    data: {
      name: input.name,
      email: input.email,
      company: input.company,
      reason: input.reason,
      locale: input.locale,
      status: grant.status === "PENDING" ? "PENDING" : "DECIDED",
      ndaAcceptanceId: acceptance.id,
      accessTokenHash: access?.hash ?? null,
      ip: request.ip,
      userAgent: request.userAgent?.slice(0, 512) ?? null,
      createdAt: now,
    },
    select: { id: true, reference: true },
  });
  await tx.accessGrant.createMany({
    data: documents.map((d) => ({ requestId: created.id, documentId: d.id, createdAt: now, ...grant })),
  });

  const visitor = { userId: null, label: input.email };
  await recordAudit(
    {
      organizationId: null,
      actor: visitor,
      action: "trust.access.requested",
      target: { type: "AccessRequest", id: created.id },
      request,
      metadata: {
        email: input.email,
        company: input.company,
        documents: documents.map((d) => d.slug),
        ndaVersion: nda.version,
        ndaLocale: nda.locale,
        ndaHash: nda.contentHash,
      },
    },
    { tx, clock },
  );
  if (decision.kind !== "none") {
    await recordAudit(
      {
        organizationId: null,
        actor:
          decision.kind === "free-mail"
            ? { userId: null, label: "free-mail setting" }
            : { userId: null, label: `access rule ${decision.rule.domain}` },
        action: grant.status === "APPROVED" ? "trust.access.grant.approved" : "trust.access.grant.denied",
        target: { type: "AccessRequest", id: created.id },
        request,
        metadata: {
          decidedBy: decision.kind,
          ...(decision.kind === "free-mail"
            ? { domain: decision.domain }
            : { ruleId: decision.rule.id, ruleDomain: decision.rule.domain }),
          documents: documents.map((d) => d.slug),
          ...(grant.expiresAt ? { expiresAt: grant.expiresAt } : {}),
          ...(grant.reason ? { reason: grant.reason } : {}),
        },
      },
      { tx, clock },
    );
  }

  const lines: DocumentLine[] = documents.map((d) =>
    grant.status === "APPROVED"
      ? { title: d.title, state: "approved", expiresAt: grant.expiresAt! }
      : grant.status === "DENIED"
        ? { title: d.title, state: "denied", reason: grant.reason }
        : { title: d.title, state: "pending" },
  );
  const providerName = settings?.displayName ?? ACCESS_REQUEST_MESSAGES.providerFallback;
  const message = requestReceivedEmail({
    locale: input.locale,
    reference: created.reference,
    name: input.name,
    company: input.company,
    providerName,
    ndaVersion: nda.version,
    acceptedAt: now,
    lines,
    link: access ? accessPageUrl(input.locale, access.token) : null,
    timeZone: await providerTimeZone(tx),
  });
  await enqueueEmail(tx, {
    idempotencyKey: `access-request:${created.id}:received`,
    to: input.email,
    ...message,
    sensitive: access !== null,
  });
  if (grant.status === "PENDING" && settings?.securityEmail) {
    const notice = reviewNeededEmail({
      ...input,
      reference: created.reference,
      documents: documents.map((d) => d.title),
      reviewUrl: accessReviewUrl(),
    });
    await enqueueEmail(tx, {
      idempotencyKey: `access-request:${created.id}:review-needed`,
      to: settings.securityEmail,
      ...notice,
    });
  }
  return { reference: created.reference, lines };
}

type GrantFields = {
  status: "PENDING" | "APPROVED" | "DENIED";
  expiresAt: Date | null;
  decidedAt: Date | null;
  decidedByRuleId: string | null;
  reason: string;
};

function grantFields(decision: AutomaticDecision, locale: Locale, now: Date): GrantFields {
  switch (decision.kind) {
    case "rule-approve":
      return {
        status: "APPROVED",
        expiresAt: new Date(now.getTime() + decision.days * DAY_MS),
        decidedAt: now,
        decidedByRuleId: decision.rule.id,
        reason: "",
      };
    case "rule-deny":
      return {
        status: "DENIED",
        expiresAt: null,
        decidedAt: now,
        decidedByRuleId: decision.rule.id,
        reason: decision.rule.reason,
      };
    case "free-mail":
      return {
        status: "DENIED",
        expiresAt: null,
        decidedAt: now,
        decidedByRuleId: null,
        reason: FREE_MAIL_REASON[locale](decision.domain),
      };
    case "none":
      return { status: "PENDING", expiresAt: null, decidedAt: null, decidedByRuleId: null, reason: "" };
  }
}
