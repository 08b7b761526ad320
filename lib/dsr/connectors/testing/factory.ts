// Requests and tasks for the connector part's tests and the bench, written directly (dsr-core's
// fileRequest creates them in the product): a request of one type in an organisation, sealed as lib/dsr seals
// it, with one PENDING task per system and action the type needs, and WEBHOOK systems with a known secret.
import { randomBytes, randomUUID } from "node:crypto";
import { createOrganization } from "../../../../prisma/factories.ts";
import { db } from "../../../db/client.ts";
import type { DsrStatus, DsrTaskAction, DsrType } from "../../../generated/prisma/enums.ts";
import { newWebhookSecret } from "../../../webhooks/standard-webhooks.ts";
import type { DsrDetails, DsrSubject } from "../../request-input.ts";
import { sealDetails, sealSubject } from "../../subject.ts";
import { sealSigningSecret } from "../signing-secret.ts";

export const ACTIONS_OF: Record<DsrType, DsrTaskAction> = {
  ACCESS: "EXPORT",
  PORTABILITY: "EXPORT",
  ERASURE: "ERASE",
  RECTIFICATION: "RECTIFY",
  RESTRICTION: "RESTRICT",
  OBJECTION: "OBJECT",
};

export async function createWebhookSystem(data: {
  key?: string;
  name?: string;
  endpointUrl: string;
  secret?: string;
  organizationIds?: readonly string[];
}): Promise<{ id: string; key: string; secret: string }> {
  const key = data.key ?? `system-${randomBytes(4).toString("hex")}`;
  const secret = data.secret ?? newWebhookSecret();
  const system = await db.dataSystem.create({
    data: { key, name: data.name ?? key, connector: "WEBHOOK", endpointUrl: data.endpointUrl },
    select: { id: true },
  });
  await db.dataSystem.update({
    where: { id: system.id },
    data: { signingSecretSealed: sealSigningSecret(system.id, secret) },
  });
  if (data.organizationIds?.length)
    await db.organizationSystem.createMany({
      data: data.organizationIds.map((organizationId) => ({ organizationId, dataSystemId: system.id })),
    });
  return { id: system.id, key, secret };
}

export async function createManualSystem(data: { key?: string; name?: string } = {}) {
  const key = data.key ?? `manual-${randomBytes(4).toString("hex")}`;
  return db.dataSystem.create({
    data: { key, name: data.name ?? key, connector: "MANUAL" },
    select: { id: true, key: true },
  });
}

export async function createTestRequest(data: {
  organizationId: string;
  type: DsrType;
  subject: DsrSubject;
  details?: DsrDetails;
  systemIds: readonly string[];
  status?: DsrStatus;
  at?: Date;
}): Promise<{ id: string; reference: string; taskIds: string[] }> {
  const at = data.at ?? new Date();
  const reference = `DSR-T-${randomBytes(4).toString("hex").toUpperCase()}`;
  const request = await db.dataSubjectRequest.create({
    data: {
      organizationId: data.organizationId,
      reference,
      type: data.type,
      status: data.status ?? "OPEN",
      source: "PORTAL",
      subjectHash: randomBytes(16).toString("hex"),
      receivedAt: at,
      legalDueAt: new Date(at.getTime() + 30 * 86_400_000),
      processorDueAt: new Date(at.getTime() + 10 * 86_400_000),
      identityAttestedAt: at,
      instructedAt: at,
    },
    select: { id: true },
  });
  await db.dataSubjectRequest.update({
    where: { id: request.id },
    data: {
      subjectSealed: sealSubject(request.id, data.subject),
      detailsSealed: data.details ? sealDetails(request.id, data.details) : null,
    },
  });
  const tasks = await db.dsrTask.createManyAndReturn({
    data: data.systemIds.map((dataSystemId) => ({
      requestId: request.id,
      dataSystemId,
      action: ACTIONS_OF[data.type],
      idempotencyKey: randomUUID(),
    })),
    select: { id: true },
  });
  return { id: request.id, reference, taskIds: tasks.map((t) => t.id) };
}

/**
 * An organisation with `requests` ACCESS requests, each to every one of `systems` (WEBHOOK systems at
 * `receiverUrl` + their path, with their secret): what the worker-kill and database-restart tests process.
 */
export async function seedAccessRequestsToSystems(data: {
  receiverUrl: string;
  systems: readonly { path: string; secret: string }[];
  requests: number;
}) {
  const org = await createOrganization();
  const systemIds: string[] = [];
  for (const system of data.systems)
    systemIds.push(
      (await createWebhookSystem({ endpointUrl: `${data.receiverUrl}${system.path}`, secret: system.secret }))
        .id,
    );
  for (let i = 0; i < data.requests; i++)
    await createTestRequest({
      organizationId: org.id,
      type: "ACCESS",
      subject: { email: `subject-${i}@example.test` },
      systemIds,
    });
  return { org, systemIds, total: data.requests * data.systems.length };
}
