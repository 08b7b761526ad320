// Runs what the delivery jobs would run, in-process and in order (tests): every task that needs a delivery
// now is attempted once per round, until a round changes nothing.
import { db } from "../../../db/client.ts";
import { systemClock, type Clock } from "../../../time/clock.ts";
import { deliverTask, DeliveryAttemptFailed, type DeliveryOutcome } from "../deliver.ts";

export async function deliverPending(
  options: { clock?: Clock; rounds?: number; timeoutMs?: number } = {},
): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (let round = 0; round < (options.rounds ?? 5); round++) {
    const tasks = await db.dsrTask.findMany({
      where: {
        status: "PENDING",
        dataSystem: { connector: "WEBHOOK" },
        request: { status: { in: ["OPEN", "IN_PROGRESS"] } },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (tasks.length === 0) break;
    for (const task of tasks) {
      try {
        outcomes.push(
          await deliverTask(
            task.id,
            { retryCount: 0, retryLimit: 8 },
            {
              clock: options.clock ?? systemClock,
              timeoutMs: options.timeoutMs,
            },
          ),
        );
      } catch (error) {
        if (!(error instanceof DeliveryAttemptFailed)) throw error;
        outcomes.push("skipped");
      }
    }
  }
  return outcomes;
}
