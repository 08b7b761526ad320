import "server-only";
// Idempotency keys on create requests (the `Idempotency-Key` header, IETF httpapi draft): the first
// request with a key reserves it and, when it succeeds, stores its answer for 24 hours; the same key with
// the same request (method, path, canonical JSON body) gets that answer again (with
// `Idempotent-Replayed: true`) and creates nothing; the same key with another request is a 409 problem,
// and so is a repeat while the first is still running. A refused or failed first request stores nothing,
// so the client may retry it. Keys belong to one API key: another key's records are never consulted.
// The resource and its reservation's outcome commit in one transaction, so a crash can never leave a
// created resource behind a reservation that a repeat would take over and create again; a reservation
// whose transaction never committed is taken over after RESERVATION_TIMEOUT_MS.
import type { Prisma } from "../generated/prisma/client.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db, type Tx } from "../db/client.ts";
import type { Clock } from "../time/clock.ts";
import { ApiError } from "./api-error.ts";
import { canonicalJson } from "./canonical-json.ts";
import { IDEMPOTENCY_TTL_MS } from "./idempotency-ttl.ts";
import { API_MESSAGES } from "./messages.ts";

export { IDEMPOTENCY_TTL_MS };
import { API_RESPONSE_HEADERS } from "./response-headers.ts";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const RESERVATION_TIMEOUT_MS = 60_000;
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/** The answer of a create: stored for replays. */
export type StoredAnswer = { status: number; body: Prisma.InputJsonValue; location?: string };

export function jsonAnswer(answer: StoredAnswer, replayed: boolean): Response {
  const headers: Record<string, string> = { ...API_RESPONSE_HEADERS, "Content-Type": "application/json" };
  if (answer.location) headers.Location = answer.location;
  if (replayed) headers["Idempotent-Replayed"] = "true";
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
}

/**
 * A create in two steps: `commit` writes the resource inside the transaction it is given (the
 * reservation records the resource's id in that same transaction), `render` then describes it for the
 * answer. A repeat that finds the id but no stored body (the process died in between) renders it again.
 */
export type IdempotentCreate = {
  commit: (tx: Tx) => Promise<{ resourceId: string; status: number; location?: string }>;
  render: (resourceId: string) => Promise<Prisma.InputJsonValue>;
  /** Runs once `commit`'s transaction committed, before `render` (e.g. appendProviderInbox). */
  afterCommit?: () => Promise<void>;
};

const TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/**
 * Runs `create` at most once per (API key, Idempotency-Key) and request. Without the header it simply
 * runs. `body` is the parsed JSON the client sent.
 */
export async function idempotent(
  who: { apiKeyId: string; clock: Clock },
  request: Request,
  body: unknown,
  create: IdempotentCreate,
): Promise<Response> {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) {
    const committed = await db.$transaction((tx) => create.commit(tx), TRANSACTION);
    await create.afterCommit?.();
    return jsonAnswer({ ...committed, body: await create.render(committed.resourceId) }, false);
  }
  if (!KEY_SHAPE.test(key))
    throw new ApiError("invalid", "invalid-request", API_MESSAGES.idempotencyKeyShape);
  const requestHash = sha256Hex(`${request.method} ${new URL(request.url).pathname}\n${canonicalJson(body)}`);
  const reservation = await reserve(who, key, requestHash);
  if (reservation.kind === "replay") {
    const { answer, resourceId } = reservation;
    if (answer.body !== null) return jsonAnswer({ ...answer, body: answer.body }, true);
    const rendered = await create.render(resourceId!);
    await store(reservation.id, rendered);
    return jsonAnswer({ ...answer, body: rendered }, true);
  }
  let committed: Awaited<ReturnType<IdempotentCreate["commit"]>>;
  try {
    committed = await db.$transaction(async (tx) => {
      const result = await create.commit(tx);
      await tx.apiIdempotencyRecord.update({
        where: { id: reservation.id },
        data: {
          responseStatus: result.status,
          location: result.location ?? null,
          resourceId: result.resourceId,
        },
      });
      return result;
    }, TRANSACTION);
  } catch (error) {
    await db.apiIdempotencyRecord.deleteMany({ where: { id: reservation.id, responseStatus: null } });
    throw error;
  }
  await create.afterCommit?.();
  const rendered = await create.render(committed.resourceId);
  await store(reservation.id, rendered);
  return jsonAnswer({ status: committed.status, location: committed.location, body: rendered }, false);
}

async function store(id: string, body: Prisma.InputJsonValue): Promise<void> {
  await db.apiIdempotencyRecord.update({ where: { id }, data: { responseBody: body } });
}

type Reservation =
  | { kind: "new"; id: string }
  | {
      kind: "replay";
      id: string;
      resourceId: string | null;
      answer: { status: number; body: Prisma.InputJsonValue | null; location?: string };
    };

async function reserve(
  who: { apiKeyId: string; clock: Clock },
  key: string,
  requestHash: string,
): Promise<Reservation> {
  const now = who.clock.now();
  // Expired records of this key are gone before the insert, so a key may be used again after 24 hours.
  await db.apiIdempotencyRecord.deleteMany({
    where: { apiKeyId: who.apiKeyId, key, expiresAt: { lte: now } },
  });
  const { count } = await db.apiIdempotencyRecord.createMany({
    data: [
      {
        apiKeyId: who.apiKeyId,
        key,
        requestHash,
        createdAt: now,
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
      },
    ],
    skipDuplicates: true,
  });
  const record = await db.apiIdempotencyRecord.findUniqueOrThrow({
    where: { apiKeyId_key: { apiKeyId: who.apiKeyId, key } },
    select: {
      id: true,
      requestHash: true,
      responseStatus: true,
      responseBody: true,
      location: true,
      resourceId: true,
      createdAt: true,
    },
  });
  if (count === 1) return { kind: "new", id: record.id };
  if (record.requestHash !== requestHash)
    throw new ApiError("conflict", "idempotency-key-reused", API_MESSAGES.idempotencyKeyReused);
  if (record.responseStatus !== null) {
    return {
      kind: "replay",
      id: record.id,
      resourceId: record.resourceId,
      answer: {
        status: record.responseStatus,
        body: (record.responseBody ?? null) as Prisma.InputJsonValue | null,
        location: record.location ?? undefined,
      },
    };
  }
  // Still running, unless its process died before its transaction committed (nothing was created then):
  // the first repeat to notice takes the reservation over.
  const abandoned = new Date(now.getTime() - RESERVATION_TIMEOUT_MS);
  const { count: taken } = await db.apiIdempotencyRecord.updateMany({
    where: { id: record.id, responseStatus: null, createdAt: { lte: abandoned } },
    data: { createdAt: now },
  });
  if (taken === 1) return { kind: "new", id: record.id };
  throw new ApiError("conflict", "idempotency-key-in-use", API_MESSAGES.idempotencyKeyInUse, {
    retryAfterSeconds: 1,
  });
}

/** Forgets answers older than 24 hours (a scheduled job, lib/jobs/api-jobs.ts). */
export async function purgeExpiredIdempotencyRecords(clock: Clock): Promise<number> {
  const { count } = await db.apiIdempotencyRecord.deleteMany({ where: { expiresAt: { lte: clock.now() } } });
  return count;
}
