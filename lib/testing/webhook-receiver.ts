// A customer's webhook receiver on loopback for tests: it verifies every message with the endpoint's
// secret exactly as the Standard Webhooks specification asks (lib/webhooks/standard-webhooks.ts), answers
// 400 to a bad signature, and otherwise the status the test chooses (e.g. 500 first, then 204).
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock } from "../time/clock.ts";
import { verifyWebhook, type WebhookVerification } from "../webhooks/standard-webhooks.ts";

export type Received = {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
  body: string;
  verification: WebhookVerification;
};

export type WebhookReceiver = {
  url: string;
  received: Received[];
  /** The secret to verify with (set once the endpoint is registered). */
  secret: string;
  /** The statuses of the next answers to verified messages, in order; afterwards 204. */
  answers: number[];
  close(): Promise<void>;
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

export async function startWebhookReceiver(clock: Clock): Promise<WebhookReceiver> {
  const receiver: Omit<WebhookReceiver, "url" | "close"> = { received: [], secret: "", answers: [] };
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const headers = { get: (name: string) => (request.headers[name] as string | undefined) ?? null };
    const verification = verifyWebhook(receiver.secret, headers, body, clock.now());
    receiver.received.push({
      id: headers.get("webhook-id"),
      timestamp: headers.get("webhook-timestamp"),
      signature: headers.get("webhook-signature"),
      body,
      verification,
    });
    response.statusCode = verification.ok ? (receiver.answers.shift() ?? 204) : 400;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hooks/article28`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
