// `npm run verify-certificate` as a controller runs it (issue 13, ADR 0020): exit 0 and what the certificate
// says for a valid file (keys from a saved key list or the local keyring); exit 1 with a clear message after
// one changed byte or for a key nobody published; exit 2 when it cannot check.
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envelopeFile } from "../lib/signing/envelope.ts";
import { parseSigningKeys } from "../lib/signing/key-spec.ts";
import { publishedKeys } from "../lib/signing/published-keys.ts";
import { signDocument } from "../lib/signing/sign.ts";

const root = path.resolve(import.meta.dirname, "..");
const folder = mkdtempSync(path.join(tmpdir(), "verify-certificate-"));
const spec = `2027-06:${generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "der" }).toString("base64")}:2027-06-01`;
const keyring = parseSigningKeys(spec);

const certificate = {
  type: "article28.dsr-certificate",
  schemaVersion: 2,
  kind: "erasure",
  provisional: false,
  asOf: "2027-03-01T09:00:00.000Z",
  provider: "Northwind Analytics GmbH",
  publicKeys: "https://trust.example.com/.well-known/article28-certificate-keys.json",
  organization: { name: "Acme GmbH", slug: "acme" },
  request: {
    reference: "DSR-2027-0042",
    type: "erasure",
    status: "completed",
    receivedAt: "2027-02-27T09:00:00.000Z",
    instructedAt: "2027-02-27T10:00:00.000Z",
    closedAt: "2027-03-01T09:00:00.000Z",
  },
  systems: [
    {
      key: "product-database",
      name: "Product database",
      connector: "webhook",
      confirmed: true,
      tasks: [
        {
          action: "erase",
          status: "done",
          records: 3,
          completedAt: "2027-03-01T08:00:00.000Z",
          absent: null,
        },
        {
          action: "absence_check",
          status: "done",
          records: null,
          completedAt: "2027-03-01T09:00:00.000Z",
          absent: true,
        },
      ],
      recipients: [],
    },
    {
      key: "billing",
      name: "Billing\u202e evil",
      connector: "manual",
      confirmed: true,
      tasks: [
        {
          action: "erase",
          status: "blocked",
          records: 1,
          ground: "HGB § 257",
          blockedUntil: "2036-12-31T00:00:00.000Z",
          completedAt: "2027-03-01T08:30:00.000Z",
          absent: null,
        },
      ],
    },
  ],
};

function write(name: string, content: Buffer | string) {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return file;
}

function run(args: string[], environment: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/verify-certificate.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "test", CERTIFICATE_SIGNING_KEYS: "", ...environment },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

// Each check starts the tool (tsx) anew: about a second each on a busy machine.
describe("npm run verify-certificate", { timeout: 60_000 }, () => {
  const file = envelopeFile(signDocument(certificate, keyring));
  const signed = write("certificate.json", file);
  const keys = write("keys.json", JSON.stringify(publishedKeys(keyring, "https://trust.example.com")));

  it("says VALID and what the certificate says, against a saved key list or the local keyring", () => {
    const valid = run([signed, "--keys", keys]);
    expect(valid.err).toBe("");
    expect(valid.status).toBe(0);
    expect(valid.out).toContain(
      'VALID: the signature matches, made with the published Ed25519 key "2027-06".',
    );
    for (const line of [
      "Erasure certificate DSR-2027-0042 (schema 2)",
      "Final: every connected system has answered.",
      'Controller: "Acme GmbH" (acme)',
      "Request: DSR-2027-0042, erasure, completed",
      "Closed: 2027-03-01 09:00:00 UTC",
      '  "Product database" (product-database, webhook)',
      "    - Erasure: done, 3 records, answered 2027-03-01 08:00:00 UTC",
      "    - Absence check: done, subject absent afterwards, answered 2027-03-01 09:00:00 UTC",
      '    - Erasure: blocked, 1 record, ground "HGB § 257", kept until 2036-12-31 00:00:00 UTC, answered 2027-03-01 08:30:00 UTC',
    ])
      expect(valid.out).toContain(line);
    // Text from systems is quoted on one line without its bidi override, which could reorder it (S25).
    expect(valid.out).not.toContain("\u202e");
    expect(valid.out).toMatch(/"Billing ?evil" \(billing, manual\)/);
    expect(run([signed], { CERTIFICATE_SIGNING_KEYS: spec }).status).toBe(0);
  });

  it("exits 1 with a clear message when one byte changed or the key id is unknown", () => {
    const at = file.indexOf('"payload": "') + 30;
    const changed = Buffer.from(file);
    changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
    const tampered = run([write("changed.json", changed), "--keys", keys]);
    expect(tampered.status).toBe(1);
    expect(tampered.err).toContain('NOT VALID: the signature does not match the content for key "2027-06"');
    const otherKey = run([signed]); // the development key never signed it
    expect(otherKey.status).toBe(1);
    expect(otherKey.err).toContain('NOT VALID: the key id "2027-06" is not among the published keys');
    const notCertificate = run([keys, "--keys", keys]);
    expect(notCertificate.status).toBe(1);
    expect(notCertificate.err).toContain("NOT VALID: this is not an Article28 signed certificate");
  });

  it("exits 2 when it cannot check: no file, an unreadable key list, no keys in production", () => {
    expect(run([]).status).toBe(2);
    expect(run([path.join(folder, "missing.json")]).err).toMatch(/Cannot read .*missing\.json/);
    const badKeys = run([signed, "--keys", signed]);
    expect(badKeys.status).toBe(2);
    expect(badKeys.err).toContain("not an Article28 certificate key list");
    const production = run([signed], { NODE_ENV: "production" });
    expect(production.status).toBe(2);
    expect(production.err).toContain("CERTIFICATE_SIGNING_KEYS is not set");
  });
});
