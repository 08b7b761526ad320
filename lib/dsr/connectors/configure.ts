import "server-only";
// A system's connector, configured by staff on /admin/systems/<id> (ADMIN, systems.manage): WEBHOOK with an
// endpoint (endpoint-url.ts) and a Standard Webhooks signing secret — generated here, shown once, sealed at
// rest, replaceable —, or MANUAL (staff complete its tasks). A "Send test" posts a signed ping and reports
// the answer. Every change and test is audited in the provider's chain; the secret never is.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { AppError } from "../../errors.ts";
import { toSingleLine } from "../../text/single-line.ts";
import { newWebhookSecret, signWebhook } from "../../webhooks/standard-webhooks.ts";
import { requestDsrDispatch } from "../../jobs/dsr-connector-jobs.ts";
import { endpointUrlRefusal, loopbackAllowed } from "./endpoint-url.ts";
import { CONNECTOR_MESSAGES } from "./messages.ts";
import { postJson } from "./outbound-http.ts";
import { PROTOCOL_VERSION, type PingMessage } from "./protocol.ts";
import { openSigningSecret, sealSigningSecret } from "./signing-secret.ts";

const M = CONNECTOR_MESSAGES.config;
const systemId = z.string().regex(/^[a-z0-9]{1,64}$/i);

/** The system with `id` (an id that cannot be one is not found either). */
async function systemOrNotFound<S extends Prisma.DataSystemSelect>(id: string, select: S) {
  const system = systemId.safeParse(id).success
    ? await db.dataSystem.findUnique({ where: { id }, select })
    : null;
  if (!system) throw new AppError("not_found");
  return system;
}

export type SystemConnector = {
  id: string;
  key: string;
  name: string;
  description: string;
  connector: "WEBHOOK" | "MANUAL";
  endpointUrl: string;
  hasSecret: boolean;
  organizations: { id: string; name: string }[];
  openTasks: number;
};

export async function getSystemConnector(ctx: Context, id: string): Promise<SystemConnector> {
  await authorizeStaff(ctx, "systems.manage");
  const system = await systemOrNotFound(id, {
    id: true,
    key: true,
    name: true,
    description: true,
    connector: true,
    endpointUrl: true,
    signingSecretSealed: true,
    organizations: {
      select: { organization: { select: { id: true, name: true } } },
      orderBy: { organization: { name: "asc" } },
    },
    _count: { select: { dsrTasks: { where: { status: { in: ["PENDING", "WAITING"] } } } } },
  });
  return {
    id: system.id,
    key: system.key,
    name: system.name,
    description: system.description,
    connector: system.connector,
    endpointUrl: system.endpointUrl,
    hasSecret: system.signingSecretSealed !== null,
    organizations: system.organizations.map((o) => o.organization),
    openTasks: system._count.dsrTasks,
  };
}

export const connectorInput = z
  .object({
    id: systemId,
    connector: z.enum(["WEBHOOK", "MANUAL"]),
    endpointUrl: z.string().trim().max(1000).default(""),
  })
  .strict()
  .superRefine((input, issues) => {
    if (input.connector !== "WEBHOOK") return;
    if (!input.endpointUrl) {
      issues.addIssue({ code: "custom", path: ["endpointUrl"], message: M.endpointRequired });
      return;
    }
    const refusal = endpointUrlRefusal(input.endpointUrl, loopbackAllowed());
    if (refusal) issues.addIssue({ code: "custom", path: ["endpointUrl"], message: M.endpoint[refusal] });
  });
export type ConnectorInput = z.infer<typeof connectorInput>;

export async function configureConnector(
  ctx: Context,
  input: ConnectorInput,
): Promise<{ changed: string[] }> {
  const { actor } = await authorizeStaff(ctx, "systems.manage");
  const system = await systemOrNotFound(input.id, {
    id: true,
    key: true,
    connector: true,
    endpointUrl: true,
  });
  const endpointUrl = input.connector === "WEBHOOK" ? input.endpointUrl : system.endpointUrl;
  const changed = [
    ...(system.connector !== input.connector ? ["connector"] : []),
    ...(system.endpointUrl !== endpointUrl ? ["endpointUrl"] : []),
  ];
  if (changed.length === 0) return { changed };
  await db.$transaction(async (tx) => {
    await tx.dataSystem.update({
      where: { id: system.id },
      data: { connector: input.connector, endpointUrl },
    });
    await recordAudit(
      {
        actor: userActor(actor),
        action: "dsr.connector.configured",
        target: { type: "DataSystem", id: system.id },
        request: ctx.request,
        metadata: { system: system.key, connector: input.connector, endpointUrl, changed },
      },
      { tx, clock: ctx.clock },
    );
  });
  // Tasks that waited for staff may now go out through the endpoint.
  if (input.connector === "WEBHOOK") await requestDsrDispatch();
  return { changed };
}

/** A new signing secret, sealed; returned once to be shown once. */
export async function rotateSigningSecret(
  ctx: Context,
  id: string,
): Promise<{ secret: string; first: boolean }> {
  const { actor } = await authorizeStaff(ctx, "systems.manage");
  const system = await systemOrNotFound(id, { id: true, key: true, signingSecretSealed: true });
  const secret = newWebhookSecret();
  const first = system.signingSecretSealed === null;
  await db.$transaction(async (tx) => {
    await tx.dataSystem.update({
      where: { id: system.id },
      data: { signingSecretSealed: sealSigningSecret(system.id, secret) },
    });
    await recordAudit(
      {
        actor: userActor(actor),
        action: "dsr.connector.secret_rotated",
        target: { type: "DataSystem", id: system.id },
        request: ctx.request,
        metadata: { system: system.key, first },
      },
      { tx, clock: ctx.clock },
    );
  });
  return { secret, first };
}

export type PingOutcome = {
  ok: boolean;
  status: number | null;
  ms: number;
  /** The first 500 characters of the answer, on one line (user text: shown inert). */
  answer: string;
  error: string | null;
};

export async function sendTestPing(ctx: Context, id: string, timeoutMs = 10_000): Promise<PingOutcome> {
  const { actor } = await authorizeStaff(ctx, "systems.manage");
  const system = await systemOrNotFound(id, {
    id: true,
    key: true,
    connector: true,
    endpointUrl: true,
    signingSecretSealed: true,
  });
  if (system.connector !== "WEBHOOK") throw new AppError("conflict", M.notWebhook);
  const secret = openSigningSecret(system.id, system.signingSecretSealed);
  if (!secret) throw new AppError("conflict", M.noSecret);
  const now = ctx.clock.now();
  const ping: PingMessage = { version: PROTOCOL_VERSION, ping: true, sentAt: now.toISOString() };
  const body = JSON.stringify(ping);
  const headers = signWebhook(secret, { id: `ping_${now.getTime()}_${system.id}`, body, now });
  const started = performance.now();
  let outcome: PingOutcome;
  try {
    const answer = await postJson(system.endpointUrl, body, headers, {
      timeoutMs,
      maxResponseBytes: 64 * 1024,
    });
    outcome = {
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      ms: Math.round(performance.now() - started),
      answer: toSingleLine(answer.body, 500),
      error: null,
    };
  } catch (error) {
    outcome = {
      ok: false,
      status: null,
      ms: Math.round(performance.now() - started),
      answer: "",
      error: error instanceof Error ? toSingleLine(error.message, 200) : "the request failed",
    };
  }
  await recordAudit(
    {
      actor: userActor(actor),
      action: "dsr.connector.tested",
      target: { type: "DataSystem", id: system.id },
      request: ctx.request,
      metadata: {
        system: system.key,
        ok: outcome.ok,
        status: outcome.status,
        ms: outcome.ms,
        error: outcome.error,
      },
    },
    { clock: ctx.clock },
  );
  return outcome;
}
