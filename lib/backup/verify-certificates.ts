import "server-only";
// After a restore, every signed certificate the database stores still verifies (ADR 0034): the account
// deletion certificates (lib/account-closure, kept with the closure as issued) against this installation's
// certificate keys, and each file against the SHA-256 recorded with it. DSR, retention and DPA certificates
// are not stored: they are signed when downloaded, from the restored rows. Signed audit heads and prune
// checkpoints are checked by the audit verification.
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { certificateSigningKeys } from "../signing/keyring.ts";
import { publicKeysOfKeyring } from "../signing/published-keys.ts";
import { verifyEnvelope } from "../signing/verify.ts";

export type CertificateCheck = { checked: number; failures: { closureId: string; reason: string }[] };

export async function verifyStoredCertificates(): Promise<CertificateCheck> {
  const keys = publicKeysOfKeyring(certificateSigningKeys());
  const closures = await db.accountClosure.findMany({
    where: { certificate: { not: null } },
    select: { id: true, certificate: true, certificateSha256: true },
    orderBy: { id: "asc" },
  });
  const failures: CertificateCheck["failures"] = [];
  for (const closure of closures) {
    const file = closure.certificate!;
    const verified = verifyEnvelope(file, keys);
    if (!verified.ok) failures.push({ closureId: closure.id, reason: verified.reason });
    else if (sha256Hex(Buffer.from(file, "utf8")) !== closure.certificateSha256)
      failures.push({ closureId: closure.id, reason: "sha256_mismatch" });
  }
  return { checked: closures.length, failures };
}
