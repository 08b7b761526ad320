// `npm run verify-certificate -- <file> [--keys <url|file>]` (or `<file> <url|file>`): checks a signed Article28 certificate
// (lib/signing, ADR 0020, docs/certificates.md) against the issuer's published keys — fetched from a URL, read
// from a saved copy, or, without --keys, this installation's CERTIFICATE_SIGNING_KEYS — and prints what the
// certificate says. Exit 0: valid; 1: not valid (changed, unknown key, not a certificate); 2: could not check.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { DEV_CERTIFICATE_SIGNING_KEYS } from "../lib/config/env.ts";
import { deletionCertificateSummary } from "../lib/account-closure/certificate-summary.ts";
import { dpaReceiptSummary } from "../lib/dpa/receipt.ts";
import { certificateSummary } from "../lib/dsr/results/certificate-summary.ts";
import { retentionCertificateSummary } from "../lib/retention/certificate-summary.ts";
import { parseSigningKeys } from "../lib/signing/key-spec.ts";
import { VERIFY_MESSAGES as M } from "../lib/signing/messages.ts";
import { publicKeysOf, publicKeysOfKeyring, publishedKeysDocument } from "../lib/signing/published-keys.ts";
import { verifyEnvelope, type PublicKeys } from "../lib/signing/verify.ts";

class CannotCheck extends Error {}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function publishedKeys(source: string): Promise<{ keys: PublicKeys; description: string }> {
  let text: string;
  try {
    if (/^https?:\/\//i.test(source)) {
      const response = await fetch(source, { signal: AbortSignal.timeout(15_000), redirect: "follow" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } else text = await readFile(source, "utf8");
  } catch (error) {
    throw new CannotCheck(M.unreadableKeys(source, reason(error)));
  }
  let document;
  try {
    document = publishedKeysDocument.parse(JSON.parse(text));
  } catch {
    throw new CannotCheck(M.unreadableKeys(source, M.keysNotAList));
  }
  try {
    const keys = publicKeysOf(document);
    return { keys, description: M.publishedKeys(source, document.issuer, [...keys.keys()]) };
  } catch (error) {
    throw new CannotCheck(M.unreadableKeys(source, reason(error)));
  }
}

function localKeys(): { keys: PublicKeys; description: string } {
  const spec = process.env.CERTIFICATE_SIGNING_KEYS;
  if (!spec && process.env.NODE_ENV === "production") throw new CannotCheck(M.noLocalKeys);
  try {
    const keyring = parseSigningKeys(spec || DEV_CERTIFICATE_SIGNING_KEYS);
    return {
      keys: publicKeysOfKeyring(keyring),
      description: spec ? M.localKeys(keyring.map((k) => k.keyId)) : M.developmentKeys,
    };
  } catch (error) {
    throw new CannotCheck(`CERTIFICATE_SIGNING_KEYS: ${reason(error)}`);
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { keys: { type: "string" } } });
  } catch {
    parsed = null;
  }
  // `npm run verify-certificate <file> --keys <url>` without `--` loses the flag to npm, leaving the URL as
  // a second positional: read it as the key source too.
  const [path, keysPositional, ...extra] = parsed?.positionals ?? [];
  const keysSource = parsed?.values.keys ?? keysPositional;
  if (!parsed || !path || extra.length > 0 || (parsed.values.keys && keysPositional)) {
    console.error(M.usage);
    return 2;
  }
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch (error) {
    throw new CannotCheck(M.unreadableFile(path, reason(error)));
  }
  const { keys, description } = keysSource ? await publishedKeys(keysSource) : localKeys();
  console.log(description);
  const result = verifyEnvelope(file, keys);
  if (!result.ok) {
    console.error(M.failure(result));
    return 1;
  }
  console.log(M.valid(result.keyId));
  console.log(M.signedSha256(result.payloadSha256));
  console.log("");
  const summary =
    certificateSummary(result.document) ??
    deletionCertificateSummary(result.document) ??
    retentionCertificateSummary(result.document) ??
    dpaReceiptSummary(result.document);
  if (summary) console.log(summary.join("\n"));
  else console.log(`${M.otherDocument(result.document.type)}\n${JSON.stringify(result.document, null, 2)}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CannotCheck ? error.message : error);
    process.exit(2);
  },
);
