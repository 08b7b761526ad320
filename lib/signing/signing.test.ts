// Signed certificates (issue 13; ADR 0020): Ed25519 through node:crypto over the document's canonical JSON,
// carried in the envelope; a rotation keeps old certificates verifiable; one changed byte, a changed key id or
// an unknown key fails; the published key list (PEM and JWK) verifies what the keyring signed.
import { generateKeyPairSync, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { envelopeFile, type SignedEnvelope } from "./envelope.ts";
import { parseSigningKeys } from "./key-spec.ts";
import { publishedKeys, publicKeysOf, publicKeysOfKeyring } from "./published-keys.ts";
import { payloadBytes, signDocument } from "./sign.ts";
import { verifyEnvelope } from "./verify.ts";

const der = (kind: "private" | "public") => {
  const pair = generateKeyPairSync("ed25519");
  return kind === "private"
    ? pair.privateKey.export({ type: "pkcs8", format: "der" }).toString("base64")
    : pair.publicKey.export({ type: "spki", format: "der" }).toString("base64");
};
const OLD = `2026-11:${der("private")}:2026-11-20`;
const NEW = `2027-06:${der("private")}:2027-06-01`;
const DOCUMENT = {
  type: "article28.test-certificate",
  organization: { slug: "acme", name: "Acme GmbH – Zürich" },
  counts: [3, 0],
  note: "Übermittelt an “Postmark” \u2028 ✓",
};

const fileOf = (envelope: SignedEnvelope) => envelopeFile(envelope).toString("utf8");

describe("signing and verifying a certificate", () => {
  it("signs the canonical JSON bytes: the envelope verifies with the keyring's public key and gives the document back", () => {
    const keyring = parseSigningKeys(NEW);
    const envelope = signDocument(DOCUMENT, keyring);
    expect(envelope).toMatchObject({
      format: "article28.signed-json.v1",
      algorithm: "Ed25519",
      keyId: "2027-06",
    });
    expect(Buffer.from(envelope.payload, "base64")).toEqual(payloadBytes({ ...DOCUMENT }));
    // Keys in another order are the same document and the same bytes; Ed25519 is deterministic.
    const reordered = {
      note: DOCUMENT.note,
      counts: DOCUMENT.counts,
      organization: DOCUMENT.organization,
      type: DOCUMENT.type,
    };
    expect(signDocument(reordered, keyring).signature).toBe(envelope.signature);
    const result = verifyEnvelope(fileOf(envelope), publicKeysOfKeyring(keyring));
    expect(result).toMatchObject({ ok: true, keyId: "2027-06", document: DOCUMENT });
    // Any Ed25519 implementation checks the same bytes: node:crypto's verify with only the public key.
    expect(
      verify(
        null,
        Buffer.from(envelope.payload, "base64"),
        keyring[0]!.publicKey,
        Buffer.from(envelope.signature, "base64"),
      ),
    ).toBe(true);
  });

  it("fails when any single byte of the file changes, or the key id is swapped or unknown", () => {
    const keyring = parseSigningKeys(`${NEW},${OLD}`);
    const keys = publicKeysOfKeyring(keyring);
    const file = fileOf(signDocument(DOCUMENT, keyring));
    expect(verifyEnvelope(file, keys).ok).toBe(true);
    let failures = 0;
    let whiteSpace = 0;
    const bytes = Buffer.from(file, "utf8");
    for (let i = 0; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i] = changed[i]! ^ 0x01;
      const result = verifyEnvelope(changed, keys);
      // Changing white space between fields changes no signed byte; everything else must fail.
      if (/\s/.test(String.fromCharCode(bytes[i]!)) && /\s/.test(String.fromCharCode(changed[i]!))) {
        whiteSpace++;
        continue;
      }
      if (!result.ok) failures++;
      else
        throw new Error(`a change at byte ${i} (${JSON.stringify(file.slice(i - 5, i + 5))}) still verified`);
    }
    expect(failures + whiteSpace).toBe(bytes.length);
    expect(failures).toBeGreaterThan(400);
    const envelope = JSON.parse(file) as SignedEnvelope;
    expect(verifyEnvelope(JSON.stringify({ ...envelope, keyId: "2026-11" }), keys)).toEqual({
      ok: false,
      reason: "bad_signature",
      keyId: "2026-11",
    });
    expect(verifyEnvelope(JSON.stringify({ ...envelope, keyId: "someone-else" }), keys)).toEqual({
      ok: false,
      reason: "unknown_key",
      keyId: "someone-else",
    });
    expect(verifyEnvelope(JSON.stringify({ ...envelope, algorithm: "RS256" }), keys)).toMatchObject({
      ok: false,
      reason: "unsupported_algorithm",
    });
    expect(verifyEnvelope(JSON.stringify({ ...envelope, note: "unsigned" }), keys)).toMatchObject({
      ok: false,
      reason: "malformed",
    });
    expect(verifyEnvelope("not json", keys)).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("a rotation: the new key signs, certificates signed with the old key still verify, and a public-only old key is enough", () => {
    const before = parseSigningKeys(OLD);
    const oldCertificate = fileOf(signDocument(DOCUMENT, before));
    const oldPublic = before[0]!.publicKey.export({ type: "spki", format: "der" }).toString("base64");
    const after = parseSigningKeys(`${NEW},2026-11:${oldPublic}:2026-11-20`);
    expect(after[1]!.privateKey).toBeNull();
    const newCertificate = signDocument(DOCUMENT, after);
    expect(newCertificate.keyId).toBe("2027-06");
    const keys = publicKeysOfKeyring(after);
    expect(verifyEnvelope(oldCertificate, keys)).toMatchObject({ ok: true, keyId: "2026-11" });
    expect(verifyEnvelope(fileOf(newCertificate), keys)).toMatchObject({ ok: true, keyId: "2027-06" });
    // Before the rotation nobody knew the new key.
    expect(verifyEnvelope(fileOf(newCertificate), publicKeysOfKeyring(before))).toMatchObject({
      ok: false,
      reason: "unknown_key",
    });
    expect(() => parseSigningKeys(`2026-11:${oldPublic}`)).toThrow(/first key signs/);
  });

  it("takes a key's since only as a real calendar day (the security page prints it as a date)", () => {
    const key = der("private");
    expect(parseSigningKeys(`k1:${key}:2028-02-29`)[0]!.since).toBe("2028-02-29");
    for (const since of ["2027-13-01", "2027-02-30", "2027-00-10", "27-06-01"])
      expect(() => parseSigningKeys(`k1:${key}:${since}`), since).toThrow(/YYYY-MM-DD/);
  });

  it("the published list names the active and retired keys with their dates, as SPKI PEM and JWK that verify", () => {
    const keyring = parseSigningKeys(`${NEW},${OLD}`);
    const published = publishedKeys(keyring, "https://trust.example.com");
    expect(published.keys.map((k) => [k.keyId, k.status, k.since, k.until])).toEqual([
      ["2027-06", "active", "2027-06-01", null],
      ["2026-11", "retired", "2026-11-20", "2027-06-01"],
    ]);
    expect(published.keys[0]!.publicKeyPem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=]{60}\n-----END PUBLIC KEY-----\n$/,
    );
    expect(published.keys[0]!.jwk).toMatchObject({
      kty: "OKP",
      crv: "Ed25519",
      kid: "2027-06",
      alg: "EdDSA",
    });
    expect(JSON.stringify(published)).not.toMatch(/"d"|PRIVATE/);
    const keys = publicKeysOf(JSON.parse(JSON.stringify(published)));
    expect(verifyEnvelope(fileOf(signDocument(DOCUMENT, keyring)), keys).ok).toBe(true);
    const swapped = structuredClone(published);
    swapped.keys[0]!.jwk.x = published.keys[1]!.jwk.x;
    expect(() => publicKeysOf(swapped)).toThrow(/PEM and JWK differ/);
  });
});
