import "server-only";
// Idempotency keys on create requests (the `Idempotency-Key` header, IETF httpapi draft): the first
// request with a key reserves it and, when it succeeds, stores its answer for 24 hours; the same key with
// the same request (method, path, canonical JSON body) gets that answer again (with
// `Idempotent-Replayed: true`) and creates nothing; the same key with another request is a 409 problem,
// and so is a repeat while the first is still running. A refused or failed first request stores nothing,
// so the client may retry it. Keys belong to one API key: another key's records are never consulted.
// A reservation left by a process that died mid-request is taken over after RESERVATION_TIMEOUT_MS.
import type { Prisma } from "../generated/prisma/client.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import type { Clock } from "../time/clock.ts";
import { ApiError } from "./api-error.ts";
import { canonicalJson } from "./canonical-json.ts";
import { API_MESSAGES } from "./messages.ts";
import { API_RESPONSE_HEADERS } from "./problem.ts";

export const IDEMPOTENCY_HEADER = "idempotency-key";
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
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
 * Runs `create` at most once per (API key, Idempotency-Key) and request. Without the header it simply
 * runs. `body` is the parsed JSON the client sent.
 */
export async function idempotent(
  who: { apiKeyId: string; clock: Clock },
  request: Request,
  body: unknown,
  create: () => Promise<StoredAnswer>,
): Promise<Response> {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return jsonAnswer(await create(), false);
  if (!KEY_SHAPE.test(key))
    throw new ApiError("invalid", "invalid-request", API_MESSAGES.idempotencyKeyShape);
  const requestHash = sha256Hex(`${request.method} ${new URL(request.url).pathname}\n${canonicalJson(body)}`);
  const reservation = await reserve(who, key, requestHash);
  if (reservation.kind === "replay") return jsonAnswer(reservation.answer, true);
  let answer: StoredAnswer;
  try {
    answer = await create();
  } catch (error) {
    await db.apiIdempotencyRecord.deleteMany({ where: { id: reservation.id, responseStatus: null } });
    throw error;
  }
  await db.apiIdempotencyRecord.update({
    where: { id: reservation.id },
    data: { responseStatus: answer.status, responseBody: answer.body, location: answer.location ?? null },
  });
  return jsonAnswer(answer, false);
}

type Reservation = { kind: "new"; id: string } | { kind: "replay"; answer: StoredAnswer };

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
      createdAt: true,
    },
  });
  if (count === 1) return { kind: "new", id: record.id };
  if (record.requestHash !== requestHash)
    throw new ApiError("conflict", "idempotency-key-reused", API_MESSAGES.idempotencyKeyReused);
  if (record.responseStatus !== null) {
    return {
      kind: "replay",
      answer: {
        status: record.responseStatus,
        body: record.responseBody as Prisma.InputJsonValue,
        location: record.location ?? undefined,
      },
    };
  }
  // Still running, unless its process died: then the first to notice takes the reservation over.
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
