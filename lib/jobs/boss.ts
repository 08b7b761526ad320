// pg-boss on the application's database: one instance per process, created on first use.
import PgBoss from "pg-boss";
import { databaseEnv } from "../config/env.ts";
import { tolerateUnrecordedJobOutcomes } from "./unrecorded-outcome.ts";

export const QUEUES = {
  /**
   * Drains the email outbox. "short": at most one waiting run, so bursts coalesce, but any number may be
   * active: a run left "active" by a killed worker must not block the next one (drains are safe to run
   * concurrently, each row is locked while it is sent).
   */
  outboxDrain: {
    name: "outbox-drain",
    policy: "short",
    retryLimit: 10,
    retryDelay: 30,
    expireInSeconds: 300,
  },
  /** Breach-notification reminders and escalation, every minute (idempotent: each notification is claimed once). */
  breachDeadlines: {
    name: "breach-deadlines",
    policy: "short",
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 120,
  },
  /** Reminders to accept the current DPA version, hourly (lib/dpa/reminders.ts; each notice is claimed once). */
  dpaReminders: {
    name: "dpa-reminders",
    policy: "short",
    retryLimit: 3,
    retryDelay: 60,
    expireInSeconds: 600,
  },
  /** Data-subject requests: reminders before the processor due date and escalation after it, every minute (each claimed once). */
  dsrDeadlines: {
    name: "dsr-deadlines",
    policy: "short",
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 120,
  },
  /** Summary events of refusal windows that are over (S24), every minute (each window is taken once). */
  refusalSummaries: {
    name: "audit-refusal-summaries",
    policy: "short",
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 120,
  },
  /**
   * Audit chain verification from the checkpoints (S18, S24), every five minutes; each chain in full once
   * a day. Overlapping runs are harmless: a chain is verified by one run at a time (an advisory lock).
   */
  auditVerification: {
    name: "audit-verification",
    policy: "short",
    retryLimit: 1,
    retryDelay: 60,
    expireInSeconds: 1800,
  },
  /** Signed chain heads (lib/audit/chain-head.ts, ADR 0025), every five minutes; a head is signed once. */
  auditChainHeads: {
    name: "audit-chain-heads",
    policy: "short",
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 300,
  },
  /**
   * The audit pruning (lib/audit/prune.ts, ADR 0025), daily at 03:41: expired chain prefixes removed behind
   * signed checkpoints. "stately": one run at a time; a chain's prune is one transaction.
   */
  auditPrune: {
    name: "audit-prune",
    policy: "stately",
    retryLimit: 2,
    retryDelay: 300,
    expireInSeconds: 3600,
  },
  /**
   * The provider chain's inbox (lib/audit/provider-inbox.ts, ADR 0022), every minute: appends events
   * whose writer died between its commit and its own drain. Concurrent drains are serialised by the lock.
   */
  auditInboxDrain: {
    name: "audit-inbox-drain",
    policy: "short",
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 300,
  },
  /** DSR tasks whose deliveries spent every retry, or died with their last one (lib/dsr/connectors). */
  dsrTaskDead: {
    name: "dsr-task-dead",
    policy: "standard",
    retryLimit: 5,
    retryDelay: 30,
    expireInSeconds: 120,
  },
  /**
   * One job per DSR task of a WEBHOOK system (lib/dsr/connectors/dispatch.ts): delivered at least once,
   * retried with exponential backoff (about 5 s, 10 s, 20 s … 11 min; some 21 minutes in all), then
   * dead-lettered. A job left active by a killed worker expires after 30 s (a batch's deliveries run in
   * parallel, each with a 10 s deadline) and runs again.
   */
  dsrTaskDelivery: {
    name: "dsr-task-delivery",
    policy: "standard",
    retryLimit: 8,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 30,
    deadLetter: "dsr-task-dead",
  },
  /** Queues DSR tasks that need a delivery (requested after a commit, every minute, and polled by workers). */
  dsrDispatch: { name: "dsr-dispatch", policy: "short", retryLimit: 3, retryDelay: 10, expireInSeconds: 300 },
  /** Purges the export data of result packages whose link expired (A9), every ten minutes. */
  dsrPackagePurge: {
    name: "dsr-package-purge",
    policy: "short",
    retryLimit: 3,
    retryDelay: 60,
    expireInSeconds: 600,
  },
  /**
   * Sends due customer webhook deliveries now (lib/webhooks/deliver.ts; the "Send test event" button),
   * and every minute as a safety net beside each worker's own poll (lib/jobs/webhook-jobs.ts).
   * Concurrent runs are safe (each delivery is locked while it is sent).
   */
  webhookDelivery: {
    name: "webhook-delivery",
    policy: "short",
    retryLimit: 5,
    retryDelay: 30,
    expireInSeconds: 600,
  },
  /** Controller API upkeep, hourly: forgets idempotency answers older than 24 hours. */
  apiMaintenance: {
    name: "api-maintenance",
    policy: "short",
    retryLimit: 3,
    retryDelay: 60,
    expireInSeconds: 600,
  },
  /**
   * The retention purge (lib/retention/purge.ts; GDPR.md G1), hourly and on request (staff's "Run purge now",
   * a released hold). "stately": one run at a time and at most one waiting; runs are idempotent.
   */
  retentionPurge: {
    name: "retention-purge",
    policy: "stately",
    retryLimit: 3,
    retryDelay: 60,
    expireInSeconds: 1800,
  },
  /**
   * One organisation export (lib/org-export/run-export.ts). A run claims the export and keeps a heartbeat,
   * so a duplicate job is harmless; a run killed with its worker is claimed again by the sweep once its
   * heartbeat is two minutes old, long before this job would expire.
   */
  orgExport: {
    name: "org-export",
    policy: "standard",
    retryLimit: 2,
    retryDelay: 30,
    expireInSeconds: 6 * 3600,
  },
  /** Every minute: runs exports nobody is running (lost request, killed worker) and deletes expired files. */
  orgExportSweep: {
    name: "org-export-sweep",
    policy: "short",
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 600,
  },
  /**
   * Account closures (lib/account-closure/run-closures.ts; D4): every five minutes and on request (staff, a
   * released hold). "stately": one run at a time and at most one waiting; runs are idempotent.
   */
  accountClosure: {
    name: "account-closure",
    policy: "stately",
    retryLimit: 3,
    retryDelay: 60,
    expireInSeconds: 1800,
  },
  /**
   * Deemed acceptances of subprocessor notices whose objection window closed in silence
   * (lib/subprocessor-notices/deemed-acceptance.ts), every five minutes and on request; idempotent.
   */
  subprocessorWindows: {
    name: "subprocessor-windows",
    policy: "short",
    retryLimit: 3,
    retryDelay: 60,
    expireInSeconds: 600,
  },
} as const satisfies Record<string, PgBoss.Queue>;

const globalForBoss = globalThis as unknown as { article28Boss?: Promise<PgBoss> };

export function getBoss(): Promise<PgBoss> {
  globalForBoss.article28Boss ??= (async () => {
    const connectionString = databaseEnv().DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({
      connectionString,
      schema: "pgboss",
      max: 4,
      application_name: "article28-jobs",
      // Expired jobs (left active by a killed worker) are retried at the next maintenance run.
      maintenanceIntervalSeconds: 20,
    });
    boss.on("error", (error) => console.error("[jobs]", error.message));
    tolerateUnrecordedJobOutcomes();
    await boss.start();
    for (const queue of Object.values(QUEUES)) await boss.createQueue(queue.name, { ...queue });
    return boss;
  })();
  return globalForBoss.article28Boss;
}

export async function stopBoss(): Promise<void> {
  const pending = globalForBoss.article28Boss;
  globalForBoss.article28Boss = undefined;
  if (pending) await (await pending).stop({ graceful: true, wait: true, timeout: 10_000 });
}
