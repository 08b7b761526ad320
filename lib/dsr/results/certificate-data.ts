import "server-only";
// The certificate of an erasure, rectification, restriction or objection request (A11, A14, A17): per
// system what each task did (records, fields, when), the absence check after an erasure, anything blocked
// with its ground and until when, the evidence of MANUAL tasks (note, file name and SHA-256), and where each
// system passed the change on (recipients such as subprocessors, as the system reported them). It is
// "provisional" while any task has not reached a final answer. The subject's identifiers are not in it
// (A15): the request reference identifies it.
// The content is a function of what is recorded (no "generated now" time; `asOf` is the latest time in it),
// so downloading it twice gives the same bytes and, signed (lib/signing, ADR 0020), the same signature: the
// PDF and the JSON file tie together by key id, signature and SHA-256.
import { sha256Hex } from "../../crypto/sha256.ts";
import { db } from "../../db/client.ts";
import { recipientReport, type RecipientReport } from "../connectors/protocol.ts";
import { isFinalTask } from "../connectors/settle.ts";
import { z } from "zod";

/** 2: signed (ADR 0020); `type` and `publicKeys` added, `generatedAt` replaced by `asOf`. */
export const CERTIFICATE_SCHEMA_VERSION = 2;
/** What the signed document is (lib/signing: a signature over one type is never read as another). */
export const DSR_CERTIFICATE_TYPE = "article28.dsr-certificate";

export type CertificateTask = {
  action: string;
  status: string;
  records: number | null;
  fields: string[];
  completedAt: string | null;
  ground: string | null;
  blockedUntil: string | null;
  absent: boolean | null;
  error: string | null;
  evidence: { note: string; fileName: string | null; sha256: string | null } | null;
};

export type CertificateSystem = {
  key: string;
  name: string;
  connector: string;
  confirmed: boolean;
  tasks: CertificateTask[];
  recipients: (RecipientReport & { action: string })[];
};

export type Certificate = {
  type: typeof DSR_CERTIFICATE_TYPE;
  schemaVersion: number;
  kind: "erasure" | "rectification" | "restriction" | "objection";
  provisional: boolean;
  /** The latest time recorded in the certificate (received, instructed, closed, a system's answer). */
  asOf: string;
  provider: string;
  /** Where the processor publishes the keys that verify this certificate's signature. */
  publicKeys: string;
  organization: { name: string; slug: string };
  request: {
    reference: string;
    type: string;
    status: string;
    receivedAt: string;
    instructedAt: string | null;
    closedAt: string | null;
  };
  systems: CertificateSystem[];
};

const KINDS = {
  ERASURE: "erasure",
  RECTIFICATION: "rectification",
  RESTRICTION: "restriction",
  OBJECTION: "objection",
} as const;

export function certificateKind(type: string): Certificate["kind"] | null {
  return (KINDS as Record<string, Certificate["kind"]>)[type] ?? null;
}

const ACTION_ORDER = [
  "ERASE",
  "ABSENCE_CHECK",
  "RECTIFY",
  "RESTRICT",
  "LIFT_RESTRICTION",
  "OBJECT",
  "EXPORT",
];
const recipients = z.array(recipientReport);

/** The certificate of a request as recorded now; `publicKeys` is the URL of the published key list. */
export async function buildCertificate(requestId: string, publicKeys: string): Promise<Certificate | null> {
  const request = await db.dataSubjectRequest.findUnique({
    where: { id: requestId },
    select: {
      reference: true,
      type: true,
      status: true,
      receivedAt: true,
      instructedAt: true,
      closedAt: true,
      organization: { select: { name: true, slug: true } },
      tasks: {
        orderBy: [{ dataSystem: { name: "asc" } }, { createdAt: "asc" }],
        select: {
          action: true,
          status: true,
          records: true,
          fields: true,
          completedAt: true,
          ground: true,
          blockedUntil: true,
          absent: true,
          lastError: true,
          recipients: true,
          evidenceNote: true,
          evidenceFileName: true,
          evidenceFile: true,
          dataSystem: { select: { key: true, name: true, connector: true } },
        },
      },
    },
  });
  const kind = request ? certificateKind(request.type) : null;
  if (!request || !kind) return null;
  const provider = await db.providerSettings.findFirst({ select: { legalName: true } });
  const systems = new Map<string, CertificateSystem>();
  for (const task of request.tasks) {
    const system = systems.get(task.dataSystem.key) ?? {
      key: task.dataSystem.key,
      name: task.dataSystem.name,
      connector: task.dataSystem.connector.toLowerCase(),
      confirmed: true,
      tasks: [],
      recipients: [],
    };
    systems.set(task.dataSystem.key, system);
    if (!isFinalTask(task.status)) system.confirmed = false;
    const failed = task.status === "FAILED" || task.status === "CANCELLED";
    system.tasks.push({
      action: task.action.toLowerCase(),
      status: task.status.toLowerCase(),
      records: task.records,
      fields: task.fields,
      completedAt: task.completedAt?.toISOString() ?? null,
      ground: task.ground,
      blockedUntil: task.blockedUntil?.toISOString() ?? null,
      absent: task.absent,
      error: failed ? task.lastError : null,
      evidence:
        task.evidenceNote !== null
          ? {
              note: task.evidenceNote,
              fileName: task.evidenceFileName,
              sha256: task.evidenceFile ? sha256Hex(task.evidenceFile) : null,
            }
          : null,
    });
    const reported = recipients.safeParse(task.recipients ?? []);
    if (reported.success)
      system.recipients.push(...reported.data.map((r) => ({ ...r, action: task.action.toLowerCase() })));
  }
  for (const system of systems.values())
    system.tasks.sort(
      (a, b) => ACTION_ORDER.indexOf(a.action.toUpperCase()) - ACTION_ORDER.indexOf(b.action.toUpperCase()),
    );
  const list = [...systems.values()];
  const times = [
    request.receivedAt,
    request.instructedAt,
    request.closedAt,
    ...request.tasks.map((t) => t.completedAt),
  ];
  const asOf = new Date(Math.max(...times.map((t) => t?.getTime() ?? 0)));
  return {
    type: DSR_CERTIFICATE_TYPE,
    schemaVersion: CERTIFICATE_SCHEMA_VERSION,
    kind,
    provisional: list.length === 0 || list.some((s) => !s.confirmed),
    asOf: asOf.toISOString(),
    provider: provider?.legalName ?? "",
    publicKeys,
    organization: request.organization,
    request: {
      reference: request.reference,
      type: request.type.toLowerCase(),
      status: request.status.toLowerCase(),
      receivedAt: request.receivedAt.toISOString(),
      instructedAt: request.instructedAt?.toISOString() ?? null,
      closedAt: request.closedAt?.toISOString() ?? null,
    },
    systems: list,
  };
}
