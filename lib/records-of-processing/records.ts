// The records of processing the provider keeps as processor for one organisation (Art. 30(2); ADR 0031),
// generated from what the platform knows, as of a moment. Facts with a history are given as they were
// at that moment: the processing activities (versions), the subprocessors in effect and their
// authorisation (lib/subprocessor-notices/authorised-at.ts), the DPA accepted or negotiated
// (lib/dpa/accepted.ts) and the published TOMs version. Facts without a history are given as they are
// now and named in `currentFacts`: the processor's details and DPO (ProviderSettings), the controller's
// name and contacts, which data systems hold the organisation's data, and each subprocessor's details
// (location, country, transfer mechanism). No authorisation here: the callers (portal, staff) authorise.
import type { Tx } from "../db/client.ts";
import { acceptedDpaAt } from "../dpa/accepted.ts";
import { PROVIDER_SETTINGS_ID } from "../provider/settings-id.ts";
import { authorisedSubprocessorsAt } from "../subprocessor-notices/authorised-at.ts";
import { activitiesAt } from "./activities.ts";

export const RECORDS_SCHEMA = "article28.records-of-processing/1";

/** Facts the platform keeps no history of: given as of the moment the records are produced. */
export const CURRENT_FACTS = ["processor", "controller", "dataSystemsUsed", "subprocessorDetails"] as const;

export type RecordsOfProcessing = {
  schema: typeof RECORDS_SCHEMA;
  asOf: string;
  currentFacts: readonly string[];
  processor: { name: string; legalName: string; address: string; dpo: { name: string; email: string } };
  controller: {
    name: string;
    slug: string;
    contacts: { role: string; name: string; email: string }[];
    privacyContacts: string[];
  };
  activities: {
    activityId: string;
    version: number;
    validFrom: string;
    name: string;
    purpose: string;
    processingCategories: string[];
    dataCategories: string[];
    dataSubjectCategories: string[];
    systems: { key: string; name: string }[];
  }[];
  subprocessors: {
    name: string;
    purpose: string;
    dataCategories: string[];
    location: string;
    country: string;
    /** The transfer tool and its safeguards (Art. 30(2)(c), Art. 46), as staff recorded it. */
    transferMechanism: string;
    activeFrom: string;
    /** Why it is authorised: contract (listed before), accepted, deemed_accepted, window_closed, approved. */
    basis: string;
  }[];
  dpa:
    | { kind: "negotiated"; title: string; sha256: string; effectiveDate: string; attachedAt: string }
    | {
        kind: "standard";
        version: number;
        locale: string;
        sha256: string;
        acceptedAt: string;
        signatoryName: string;
        signatoryTitle: string;
      }
    | null;
  securityMeasures: {
    title: string;
    version: number;
    locale: string;
    effectiveDate: string;
    publishedAt: string;
    sha256: string;
  } | null;
};

const CONTACT_ROLES = ["OWNER", "PRIVACY_OFFICER"] as const;
const iso = (d: Date) => d.toISOString();
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

type Reader = Pick<
  Tx,
  | "providerSettings"
  | "organization"
  | "membership"
  | "organizationSystem"
  | "dataSystem"
  | "processingActivityVersion"
  | "subprocessor"
  | "dpaAcceptance"
  | "negotiatedDpa"
  | "trustDocumentVersion"
>;

/** The records of `organizationId` as of `at`; null when the organisation does not exist. */
export async function recordsOfProcessing(
  reader: Reader,
  organizationId: string,
  at: Date,
): Promise<RecordsOfProcessing | null> {
  const organization = await reader.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, name: true, slug: true, privacyContacts: true },
  });
  if (!organization) return null;
  const [provider, members, used, allActivities, subprocessors, dpa, toms] = await Promise.all([
    reader.providerSettings.findUnique({ where: { id: PROVIDER_SETTINGS_ID } }),
    reader.membership.findMany({
      where: { organizationId, role: { in: [...CONTACT_ROLES] }, user: { disabledAt: null } },
      select: { role: true, user: { select: { name: true, email: true } } },
    }),
    reader.organizationSystem.findMany({
      where: { organizationId },
      select: { dataSystem: { select: { key: true, name: true } } },
    }),
    activitiesAt(reader, at),
    authorisedSubprocessorsAt(reader, organizationId, at),
    acceptedDpaAt(reader, organizationId, at),
    reader.trustDocumentVersion.findFirst({
      where: { document: { kind: "TOMS" }, locale: "en", publishedAt: { lte: at } },
      orderBy: [{ publishedAt: "desc" }, { version: "desc" }],
      select: {
        title: true,
        version: true,
        locale: true,
        effectiveDate: true,
        publishedAt: true,
        contentHash: true,
      },
    }),
  ]);
  const systems = new Map(used.map((u) => [u.dataSystem.key, u.dataSystem.name]));
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    schema: RECORDS_SCHEMA,
    asOf: iso(at),
    currentFacts: CURRENT_FACTS,
    processor: {
      name: provider?.displayName ?? "",
      legalName: provider?.legalName ?? "",
      address: provider?.address ?? "",
      dpo: { name: provider?.dpoName ?? "", email: provider?.dpoEmail ?? "" },
    },
    controller: {
      name: organization.name,
      slug: organization.slug,
      contacts: members
        .map((m) => ({ role: m.role, name: m.user.name, email: m.user.email }))
        .sort((a, b) => byText(a.role, b.role) || byText(a.email, b.email)),
      privacyContacts: [...organization.privacyContacts].sort(byText),
    },
    activities: allActivities
      .filter((a) => a.systemKeys.some((key) => systems.has(key)))
      .map((a) => ({
        activityId: a.activityId,
        version: a.version,
        validFrom: iso(a.validFrom),
        name: a.name,
        purpose: a.purpose,
        processingCategories: a.processingCategories,
        dataCategories: a.dataCategories,
        dataSubjectCategories: a.dataSubjectCategories,
        systems: a.systemKeys
          .filter((key) => systems.has(key))
          .map((key) => ({ key, name: systems.get(key)! })),
      })),
    // Only those authorised for the organisation at the moment (under SPECIFIC, approved): a subprocessor
    // still in its objection window, objected to, awaiting approval or refused does not process its data.
    subprocessors: subprocessors
      .filter((s) => s.authorised)
      .map((s) => ({
        name: s.name,
        purpose: s.purpose,
        dataCategories: s.dataCategories,
        location: s.location,
        country: s.country,
        transferMechanism: s.transferMechanism,
        activeFrom: isoDay(s.activeFrom),
        basis: s.basis!,
      })),
    dpa:
      dpa === null
        ? null
        : dpa.kind === "negotiated"
          ? {
              kind: "negotiated",
              title: dpa.title,
              sha256: dpa.sha256,
              effectiveDate: isoDay(dpa.effectiveDate),
              attachedAt: iso(dpa.attachedAt),
            }
          : {
              kind: "standard",
              version: dpa.version,
              locale: dpa.locale,
              sha256: dpa.contentHash,
              acceptedAt: iso(dpa.acceptedAt),
              signatoryName: dpa.signatoryName,
              signatoryTitle: dpa.signatoryTitle,
            },
    securityMeasures: toms
      ? {
          title: toms.title,
          version: toms.version,
          locale: toms.locale,
          effectiveDate: isoDay(toms.effectiveDate),
          publishedAt: iso(toms.publishedAt),
          sha256: toms.contentHash,
        }
      : null,
  };
}

/** The JSON file: two-space indented, keys in the order above, lists sorted; the same state gives the same bytes. */
export function recordsJson(records: RecordsOfProcessing): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
