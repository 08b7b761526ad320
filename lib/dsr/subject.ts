// The data subject's identifiers (A15): sealed at rest while a request is open (AES-256-GCM under
// ENCRYPTION_KEYS, lib/crypto/secret-box.ts, bound to the request's id, so a sealed value copied to another
// request does not open), and a keyed hash of the normalised identifiers that stays when the request
// closes, so a repeat request is still recognised. The hash is an HMAC-SHA256 under a key derived (HKDF)
// from the same keyring and bound to the organisation: without the key nobody can test a guessed address
// against it, and the same person at two organisations has two unrelated hashes. Stored as
// "<key version>:<hex>"; after a key rotation a duplicate is found by asking for the hash under every key.
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "../config/env.ts";
import { open, parseKeys, seal } from "../crypto/secret-box.ts";
import type { DsrDetails, DsrSubject } from "./request-input.ts";

type Keyring = { version: string; key: Buffer }[];

const keyring = (): Keyring => parseKeys(env().ENCRYPTION_KEYS);

/** The identifiers as compared: email lower-cased, both trimmed and in Unicode NFC; absent ones left out. */
export function normalizeSubject(subject: DsrSubject): DsrSubject {
  const email = subject.email?.normalize("NFC").trim().toLowerCase();
  const externalId = subject.externalId?.normalize("NFC").trim();
  return { ...(email ? { email } : {}), ...(externalId ? { externalId } : {}) };
}

function canonical(subject: DsrSubject): string {
  const { email, externalId } = normalizeSubject(subject);
  return JSON.stringify([email ?? null, externalId ?? null]);
}

function hashUnder(entry: Keyring[number], organizationId: string, subject: DsrSubject): string {
  const key = Buffer.from(hkdfSync("sha256", entry.key, "article28", "dsr-subject-hash", 32));
  const mac = createHmac("sha256", key)
    .update(`${organizationId}\n${canonical(subject)}`)
    .digest("hex");
  return `${entry.version}:${mac}`;
}

/** The keyed hash stored with a request (under the newest key). */
export function subjectHash(organizationId: string, subject: DsrSubject, keys: Keyring = keyring()): string {
  return hashUnder(keys[0]!, organizationId, subject);
}

/** The hash under every key of the keyring: what an earlier request of the same subject may carry. */
export function subjectHashes(
  organizationId: string,
  subject: DsrSubject,
  keys: Keyring = keyring(),
): string[] {
  return keys.map((entry) => hashUnder(entry, organizationId, subject));
}

const subjectContext = (requestId: string) => `dsr-subject:${requestId}`;
const detailsContext = (requestId: string) => `dsr-details:${requestId}`;

export function sealSubject(requestId: string, subject: DsrSubject, keys: Keyring = keyring()): string {
  return seal(JSON.stringify(normalizeSubject(subject)), subjectContext(requestId), keys);
}

export function openSubject(requestId: string, sealed: string, keys: Keyring = keyring()): DsrSubject {
  return JSON.parse(open(sealed, subjectContext(requestId), keys)) as DsrSubject;
}

export function sealDetails(requestId: string, details: DsrDetails): string | null {
  return details === null ? null : seal(JSON.stringify(details), detailsContext(requestId));
}

export function openDetails(requestId: string, sealed: string | null): DsrDetails {
  return sealed === null ? null : (JSON.parse(open(sealed, detailsContext(requestId))) as DsrDetails);
}
