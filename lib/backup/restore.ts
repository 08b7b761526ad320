import "server-only";
// `npm run restore <file>` (ADR 0034). Before anything is changed: the manifest is read, the dump's size
// and SHA-256 checked against it, its migrations known to this version, and the target database empty.
// Then: the backup's migrations create its schema, the dump is loaded (one transaction), the database is
// brought current (lib/db/prepare.ts: later migrations, the job queue, the application role's rights), the
// erasure ledger is replayed (erasures and account deletions since the backup, again), and only then the
// restore is judged: every audit chain verifies (what `npm run audit:verify` runs), every stored
// certificate verifies, and no erased subject is left in a restored request.
import { recordAudit, SYSTEM_ACTOR } from "../audit/record.ts";
import { verifyAllChains, type ChainReport } from "../audit/verify.ts";
import { migrationNames, applyMigrations } from "../db/migrations.ts";
import { prepareDatabase } from "../db/prepare.ts";
import { replayLedger, type ReplayedEntry } from "../erasure-ledger/replay.ts";
import type { Clock } from "../time/clock.ts";
import { fileDigest } from "./file-digest.ts";
import { loadDump } from "./load.ts";
import { ManifestError, manifestPathOf, readManifest, type BackupManifest } from "./manifest.ts";
import { existingRelations } from "./target-empty.ts";
import { verifyStoredCertificates, type CertificateCheck } from "./verify-certificates.ts";

/** Refused before the target database was touched. */
export class RestoreRefused extends Error {
  override name = "RestoreRefused";
}
/** Restored, but the result does not hold up (named in the message); the database must not serve. */
export class RestoreFailed extends Error {
  override name = "RestoreFailed";
}

export type RestoreTarget = { ownerUrl: string; appUrl: string };
export type RestoreReport = {
  manifest: BackupManifest;
  rows: number;
  replayed: ReplayedEntry[];
  chains: ChainReport[];
  certificates: CertificateCheck;
};

async function checkBeforeChanging(file: string, target: RestoreTarget) {
  let read;
  try {
    read = readManifest(manifestPathOf(file));
  } catch (error) {
    if (error instanceof ManifestError) throw new RestoreRefused(error.message);
    throw error;
  }
  const { manifest, dumpPath } = read;
  const digest = await fileDigest(dumpPath).catch((error: Error) => {
    throw new RestoreRefused(`The dump ${dumpPath} cannot be read: ${error.message}`);
  });
  if (digest.sha256 !== manifest.dump.sha256 || digest.bytes !== manifest.dump.bytes)
    throw new RestoreRefused(
      `The dump ${dumpPath} is not the one its manifest describes (SHA-256 ${digest.sha256}, ` +
        `${digest.bytes} bytes; expected ${manifest.dump.sha256}, ${manifest.dump.bytes} bytes): refusing to restore it`,
    );
  const known = new Set(migrationNames());
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length)
    throw new RestoreRefused(
      `The backup was taken with migrations this version does not have (${unknown.join(", ")}): ` +
        "restore it with the Article28 version that made it, or a later one",
    );
  const existing = await existingRelations(target.ownerUrl);
  if (existing.length)
    throw new RestoreRefused(
      `The target database is not empty (it has ${existing.join(", ")}): restore into a new, empty database`,
    );
  return { manifest, dumpPath };
}

export async function restoreBackup(
  file: string,
  target: RestoreTarget,
  clock: Clock,
  log: (line: string) => void = console.log,
): Promise<RestoreReport> {
  const { manifest, dumpPath } = await checkBeforeChanging(file, target);
  log(`Backup of ${manifest.createdAt} (${manifest.migrations.length} migrations) verified; restoring.`);
  await applyMigrations(target.ownerUrl, manifest.migrations);
  const loaded = await loadDump(target.ownerUrl, dumpPath);
  const differing = Object.keys({ ...loaded, ...manifest.tables }).filter(
    (t) => loaded[t] !== manifest.tables[t],
  );
  if (differing.length)
    throw new RestoreFailed(`The dump's rows differ from its manifest in: ${differing.join(", ")}`);
  const rows = Object.values(loaded).reduce((a, b) => a + b, 0);
  log(`Loaded ${rows} rows into ${Object.keys(loaded).length} tables.`);
  await prepareDatabase(target.ownerUrl, log, { appUrl: target.appUrl });

  const replayed = await replayLedger(new Date(manifest.createdAt), clock);
  for (const r of replayed) log(`Erasure ledger: ${r.entry.kind} ${r.entry.certificateId}: ${r.outcome}`);
  await recordAudit(
    {
      organizationId: null,
      actor: SYSTEM_ACTOR,
      action: "provider.backup.restored",
      metadata: {
        backupCreatedAt: manifest.createdAt,
        dumpSha256: manifest.dump.sha256,
        migrations: migrationNames().length,
        ledgerEntriesReplayed: replayed.filter((r) => r.outcome === "applied" || r.outcome === "held").length,
      },
    },
    { clock },
  );

  const chains = await verifyAllChains();
  const broken = chains.filter((c) => !c.ok);
  if (broken.length)
    throw new RestoreFailed(
      `Audit chains do not verify after the restore: ${broken.map((c) => c.chain).join(", ")}`,
    );
  const certificates = await verifyStoredCertificates();
  if (certificates.failures.length)
    throw new RestoreFailed(
      `Certificates do not verify after the restore: ${certificates.failures
        .map((f) => `closure ${f.closureId} (${f.reason})`)
        .join(", ")}`,
    );
  const incomplete = replayed.filter((r) => r.outcome === "incomplete");
  if (incomplete.length)
    throw new RestoreFailed(
      `Erased subjects are still in restored requests: ${incomplete.map((r) => r.entry.certificateId).join(", ")}`,
    );
  return { manifest, rows, replayed, chains, certificates };
}
