// Posting a result to Article28's callback URL after answering 202: `Authorization: Bearer <token>`, retried
// with backoff until Article28 takes it (2xx) or says it already has it (409). Kept in the deliveries table,
// so a restarted connector finishes what it had promised.
import type pg from "pg";
import { SCHEMA } from "./schema.ts";

const DELAYS_MS = [0, 500, 1_000, 2_000, 4_000, 8_000, 16_000];

export type PendingCallback = { webhookId: string; url: string; token: string; result: unknown };

export class CallbackSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly pool: pg.Pool) {}

  /** Sends after `delayMs`; then retries on failure. */
  schedule(callback: PendingCallback, delayMs: number): void {
    this.later(() => this.attempt(callback, 0), delayMs);
  }

  private later(run: () => Promise<void>, delayMs: number) {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void run().catch((error) => console.error("[demo-product] callback", error));
    }, delayMs);
    this.timers.add(timer);
  }

  private async attempt(callback: PendingCallback, attempt: number): Promise<void> {
    let status = 0;
    try {
      const response = await fetch(callback.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${callback.token}` },
        body: JSON.stringify(callback.result),
        redirect: "manual",
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch {
      status = 0;
    }
    if ((status >= 200 && status < 300) || status === 409) {
      await this.pool.query(`UPDATE ${SCHEMA}.deliveries SET callback_done = true WHERE webhook_id = $1`, [
        callback.webhookId,
      ]);
      return;
    }
    const next = DELAYS_MS[attempt + 1];
    if (next === undefined) {
      console.error(`[demo-product] callback for ${callback.webhookId} gave up (last status ${status})`);
      return;
    }
    this.later(() => this.attempt(callback, attempt + 1), next);
  }

  /** Callbacks promised before a restart. */
  async resume(): Promise<void> {
    const { rows } = await this.pool.query<{
      webhook_id: string;
      callback_url: string;
      callback_token: string;
      result: unknown;
    }>(
      `SELECT webhook_id, callback_url, callback_token, result FROM ${SCHEMA}.deliveries
       WHERE asynchronous AND NOT callback_done AND callback_url IS NOT NULL`,
    );
    for (const row of rows)
      this.schedule(
        { webhookId: row.webhook_id, url: row.callback_url, token: row.callback_token, result: row.result },
        0,
      );
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
