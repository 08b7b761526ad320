// The records of processing the provider keeps as processor for one organisation (Art. 30(2); ADR 0031),
// generated from what the platform knows, as of a moment, each fact as it was at that moment: the
// processing activities (versions), the subprocessors in effect and their authorisation
// (lib/subprocessor-notices/authorised-at.ts), the DPA accepted or negotiated (lib/dpa/accepted.ts), the
// published TOMs version, and — from their tracked history (./fact-history.ts) — the processor's details
// and DPO, the controller's name and contacts and each subprocessor's details. A fact whose history does
// not reach back to that moment (tracking began later; which data systems hold the organisation's data,
// which has no history) is given as first recorded or as it is now, and named in `factsWithoutHistory`.
// No authorisation here: the callers (portal, staff) authorise.
import type { Tx } from "../db/client.ts";
import { acceptedDpaAt } from "../dpa/accepted.ts";
import { authorisedSubprocessorsAt } from "../subprocessor-notices/authorised-at.ts";
import { activitiesAt } from "./activities.ts";
import {
  factsAt,
  subprocessorFactsAt,
  type ControllerFacts,
  type FactReader,
  type ProcessorFacts,
  type SubprocessorFacts,
} from "./fact-history.ts";

export const RECORDS_SCHEMA = "article28.records-of-processing/1";

/** The facts a record may give without history for its moment (as first recorded, or as now). */
export type FactWithoutHistory = "processor" | "controller" | "dataSystemsUsed" | "subprocessorDetails";

export type RecordsOfProcessing = {
  schema: typeof RECORDS_SCHEMA;
  asOf: string;
  factsWithoutHistory: FactWithoutHistory[];
  processor: ProcessorFacts;
  controller: ControllerFacts;
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
  subprocessors: (SubprocessorFacts & {
    activeFrom: string;
    /** Why it is authorised: contract (listed before), accepted, deemed_accepted, window_closed, approved. */
    basis: string;
  })[];
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

const iso = (d: Date) => d.toISOString();
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

type Reader = FactReader &
  Pick<
    Tx,
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
  const controller = await factsAt(reader, { kind: "CONTROLLER", organizationId }, at);
  if (!controller) return null;
  const [processor, used, allActivities, subprocessors, dpa, toms] = await Promise.all([
    factsAt(reader, { kind: "PROCESSOR" }, at),
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
  const applied = subprocessors.filter((s) => s.authorised);
  const details = await subprocessorFactsAt(
    reader,
    applied.map((s) => s.subprocessorId),
    at,
  );
  const withoutHistory: FactWithoutHistory[] = [
    ...(processor!.known ? [] : (["processor"] as const)),
    ...(controller.known ? [] : (["controller"] as const)),
    "dataSystemsUsed",
    ...(applied.every((s) => details.get(s.subprocessorId)?.known) ? [] : (["subprocessorDetails"] as const)),
  ];
  const c = controller.facts;
  const p = processor!.facts;
  return {
    schema: RECORDS_SCHEMA,
    asOf: iso(at),
    factsWithoutHistory: withoutHistory,
    // Written field by field: a version read back from jsonb has its keys in another order.
    processor: {
      name: p.name,
      legalName: p.legalName,
      address: p.address,
      dpo: { name: p.dpo.name, email: p.dpo.email },
    },
    controller: {
      name: c.name,
      slug: c.slug,
      contacts: c.contacts.map((m) => ({ role: m.role, name: m.name, email: m.email })),
      privacyContacts: c.privacyContacts,
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
    subprocessors: applied.map((s) => {
      const d = details.get(s.subprocessorId)?.facts ?? s;
      return {
        name: d.name,
        purpose: d.purpose,
        dataCategories: d.dataCategories,
        location: d.location,
        country: d.country,
        transferMechanism: d.transferMechanism,
        activeFrom: isoDay(s.activeFrom),
        basis: s.basis!,
      };
    }),
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
