// Audit log upkeep as jobs (SECURITY.md S18, S24, ADR 0012): every minute the refusal windows that are
// over get their summary events; every five minutes each chain is verified from its checkpoint (in full
// once a day), so the staff audit page can show a current verification without computing one. Every
// minute the provider chain's inbox is drained (events whose writer died before its own drain, ADR 0022).
// Every five minutes the chain heads are signed; daily, expired chain prefixes are pruned behind signed
// checkpoints (ADR 0025).
import { signChainHeads } from "../audit/chain-head.ts";
import { pruneAuditChains } from "../audit/prune.ts";
import { verifyChainsInBackground } from "../audit/checkpoint.ts";
import { drainProviderInbox } from "../audit/provider-inbox.ts";
import { summariseFinishedWindows } from "../audit/refusals.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

export async function registerAuditWorkers(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.refusalSummaries.name, "* * * * *", {});
  await boss.work(QUEUES.refusalSummaries.name, { pollingIntervalSeconds: 10 }, async () => {
    const { summaries } = await summariseFinishedWindows(systemClock);
    if (summaries > 0) console.log(`[jobs] audit: ${summaries} refusal summaries written`);
  });
  await boss.schedule(QUEUES.auditInboxDrain.name, "* * * * *", {});
  await boss.work(QUEUES.auditInboxDrain.name, { pollingIntervalSeconds: 10 }, async () => {
    const appended = await drainProviderInbox();
    if (appended > 0) console.log(`[jobs] audit: ${appended} provider events appended from the inbox`);
  });
  await boss.schedule(QUEUES.auditChainHeads.name, "*/5 * * * *", {});
  await boss.work(QUEUES.auditChainHeads.name, { pollingIntervalSeconds: 30 }, async () => {
    const { signed } = await signChainHeads(systemClock);
    if (signed > 0) console.log(`[jobs] audit: ${signed} chain heads signed`);
  });
  await boss.schedule(QUEUES.auditPrune.name, "41 3 * * *", {});
  await boss.work(QUEUES.auditPrune.name, { pollingIntervalSeconds: 60 }, async () => {
    for (const result of (await pruneAuditChains(systemClock)).chains) {
      if (result.outcome === "pruned")
        console.log(
          `[jobs] audit: ${result.chain} pruned through #${result.throughSeq} (${result.removed} events)`,
        );
      else if (result.outcome === "broken")
        console.error(`[jobs] audit: ${result.chain} not pruned, it does not verify: ${result.reason}`);
    }
  });
  await boss.schedule(QUEUES.auditVerification.name, "*/5 * * * *", {});
  await boss.work(QUEUES.auditVerification.name, { pollingIntervalSeconds: 30 }, async () => {
    for (const broken of await verifyChainsInBackground(systemClock)) {
      if (!broken.ok)
        console.error(
          `[jobs] audit chain ${broken.chain} does not verify at #${broken.brokenSeq}: ${broken.reason}`,
        );
    }
  });
}
