// The history of the facts the records of processing name that live in ordinary, editable rows (ADR 0031):
// the processor's details and DPO, an organisation's name and contacts, and each subprocessor's details.
// The services that change them wrap the change in `trackFacts`, in their transaction: the state before the
// first tracked change is kept as a baseline (dated at the epoch: when it began is unknown), the state after
// each change as a version from the change's moment (the caller's clock). `factsAt` reads them back for a
// moment; a fact with no version from before that moment is given as first recorded, or as it is now, and
// said to be so (`known: false`). Append-only: the app role may not update or delete versions.
import { canonicalJson } from "../api/canonical-json.ts";
import type { Tx } from "../db/client.ts";
import type { RecordsFactKind } from "../generated/prisma/enums.ts";
import { PROVIDER_SETTINGS_ID } from "../provider/settings-id.ts";

export type ProcessorFacts = {
  name: string;
  legalName: string;
  address: string;
  dpo: { name: string; email: string };
};
export type ControllerFacts = {
  name: string;
  slug: string;
  contacts: { role: string; name: string; email: string }[];
  privacyContacts: string[];
};
export type SubprocessorFacts = {
  name: string;
  purpose: string;
  dataCategories: string[];
  location: string;
  country: string;
  /** The transfer tool and its safeguards (Art. 30(2)(c), Art. 46), as staff recorded it. */
  transferMechanism: string;
};

export type FactSubject =
  | { kind: "PROCESSOR" }
  | { kind: "CONTROLLER"; organizationId: string }
  | { kind: "SUBPROCESSOR"; subprocessorId: string };

type FactsOf<S extends FactSubject> = S extends { kind: "PROCESSOR" }
  ? ProcessorFacts
  : S extends { kind: "CONTROLLER" }
    ? ControllerFacts
    : SubprocessorFacts;

export type FactReader = Pick<
  Tx,
  "providerSettings" | "organization" | "membership" | "subprocessor" | "recordsFactVersion"
>;

/** The members named as the controller's contacts in its records. */
export const CONTACT_ROLES = ["OWNER", "PRIVACY_OFFICER"] as const;
const BASELINE = new Date(0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const subjectId = (s: FactSubject) =>
  s.kind === "PROCESSOR"
    ? PROVIDER_SETTINGS_ID
    : s.kind === "CONTROLLER"
      ? s.organizationId
      : s.subprocessorId;

/** The facts as they are now; null when the subject does not exist. */
async function readCurrent(reader: FactReader, subject: FactSubject) {
  switch (subject.kind) {
    case "PROCESSOR": {
      const p = await reader.providerSettings.findUnique({ where: { id: PROVIDER_SETTINGS_ID } });
      return {
        name: p?.displayName ?? "",
        legalName: p?.legalName ?? "",
        address: p?.address ?? "",
        dpo: { name: p?.dpoName ?? "", email: p?.dpoEmail ?? "" },
      } satisfies ProcessorFacts;
    }
    case "CONTROLLER": {
      const [organization, members] = await Promise.all([
        reader.organization.findUnique({
          where: { id: subject.organizationId },
          select: { name: true, slug: true, privacyContacts: true },
        }),
        reader.membership.findMany({
          where: {
            organizationId: subject.organizationId,
            role: { in: [...CONTACT_ROLES] },
            user: { disabledAt: null },
          },
          select: { role: true, user: { select: { name: true, email: true } } },
        }),
      ]);
      if (!organization) return null;
      return {
        name: organization.name,
        slug: organization.slug,
        contacts: members
          .map((m) => ({ role: m.role, name: m.user.name, email: m.user.email }))
          .sort((a, b) => byText(a.role, b.role) || byText(a.email, b.email)),
        privacyContacts: [...organization.privacyContacts].sort(byText),
      } satisfies ControllerFacts;
    }
    case "SUBPROCESSOR": {
      const s = await reader.subprocessor.findUnique({
        where: { id: subject.subprocessorId },
        select: {
          name: true,
          purpose: true,
          dataCategories: true,
          location: true,
          country: true,
          transferMechanism: true,
        },
      });
      return s satisfies SubprocessorFacts | null;
    }
  }
}

/**
 * Runs `change` (which writes through `tx`) and records how it changed the subjects' facts at `at`. Call it
 * inside the transaction that makes the change; subjects the change does not alter get no new version.
 */
export async function trackFacts<T>(
  tx: Tx,
  subjects: readonly FactSubject[],
  at: Date,
  change: () => Promise<T>,
): Promise<T> {
  // The facts each subject had before the change, as its history last recorded them.
  const before: string[] = [];
  for (const subject of subjects) {
    // One writer per subject at a time: concurrent changes append in order, one baseline only.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`records-fact:${subject.kind}:${subjectId(subject)}`}))`;
    const latest = await latestVersion(tx, subject, null);
    if (latest) before.push(canonicalJson(latest.facts));
    else {
      const facts = await readCurrent(tx, subject);
      if (facts) await append(tx, subject, BASELINE, facts);
      before.push(canonicalJson(facts));
    }
  }
  const result = await change();
  for (const [i, subject] of subjects.entries()) {
    const now = await readCurrent(tx, subject);
    if (now && canonicalJson(now) !== before[i]) await append(tx, subject, at, now);
  }
  return result;
}

export const controller = (organizationId: string): FactSubject => ({ kind: "CONTROLLER", organizationId });

/** The organisations whose records name this user as a contact (an owner or privacy officer). */
export async function controllersNaming(tx: Tx, userId: string): Promise<FactSubject[]> {
  const memberships = await tx.membership.findMany({
    where: { userId, role: { in: [...CONTACT_ROLES] } },
    select: { organizationId: true },
  });
  return memberships.map((m) => ({ kind: "CONTROLLER", organizationId: m.organizationId }));
}

/** The facts at `at`: `known` when a version recorded at or before `at` gives them. */
export async function factsAt<S extends FactSubject>(
  reader: FactReader,
  subject: S,
  at: Date,
): Promise<{ facts: FactsOf<S>; known: boolean } | null> {
  const version = await latestVersion(reader, subject, at);
  if (version) return { facts: version.facts as FactsOf<S>, known: isKnown(version.validFrom) };
  const facts = (await readCurrent(reader, subject)) as FactsOf<S> | null;
  return facts ? { facts, known: false } : null;
}

/** Many subprocessors' details at `at`, in one query: by id, for those with a version at or before `at`. */
export async function subprocessorFactsAt(
  reader: Pick<Tx, "recordsFactVersion">,
  ids: readonly string[],
  at: Date,
): Promise<Map<string, { facts: SubprocessorFacts; known: boolean }>> {
  const versions = await reader.recordsFactVersion.findMany({
    where: { kind: "SUBPROCESSOR", subjectId: { in: [...ids] }, validFrom: { lte: at } },
    orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: { subjectId: true, facts: true, validFrom: true },
  });
  const byId = new Map<string, { facts: SubprocessorFacts; known: boolean }>();
  for (const v of versions)
    if (!byId.has(v.subjectId))
      byId.set(v.subjectId, { facts: v.facts as SubprocessorFacts, known: isKnown(v.validFrom) });
  return byId;
}

/** A baseline holds the state found when tracking began: from when is unknown. */
const isKnown = (validFrom: Date) => validFrom.getTime() !== BASELINE.getTime();

async function append(tx: Tx, subject: FactSubject, validFrom: Date, facts: object) {
  await tx.recordsFactVersion.create({
    data: {
      kind: subject.kind satisfies RecordsFactKind,
      subjectId: subjectId(subject),
      organizationId: subject.kind === "CONTROLLER" ? subject.organizationId : null,
      validFrom,
      facts,
    },
  });
}

function latestVersion(reader: Pick<Tx, "recordsFactVersion">, subject: FactSubject, at: Date | null) {
  return reader.recordsFactVersion.findFirst({
    where: { kind: subject.kind, subjectId: subjectId(subject), ...(at ? { validFrom: { lte: at } } : {}) },
    orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: { facts: true, validFrom: true },
  });
}
