// A real SMTP server on 127.0.0.1 for tests and benches: records every message it receives and, per
// message, accepts it (250), rejects it (an SMTP error) or holds it (the DATA reply is withheld until
// release()), so tests can fail a delivery or freeze a sender mid-send.
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

export type ReceivedMessage = {
  /** The Message-ID header as sent, e.g. "<id@host>"; null when absent. */
  messageId: string | null;
  subject: string | null;
  mailFrom: string | null;
  rcptTo: string[];
  raw: string;
  receivedAt: Date;
};

export type SinkDecision = "accept" | "hold" | { reject: string; responseCode?: number };

/** Decides what to do with a message; `acceptedSoFar` counts messages already answered 250. */
export type SinkPolicy = (
  message: ReceivedMessage,
  state: { acceptedSoFar: number; receivedSoFar: number },
) => SinkDecision;

export type SmtpSink = {
  port: number;
  /** smtp://127.0.0.1:<port> */
  url: string;
  /** Messages answered 250, in order. A message the client sent twice appears twice. */
  accepted: ReceivedMessage[];
  /** Every complete DATA received, whatever the answer. */
  received: ReceivedMessage[];
  /** Messages whose DATA reply is being withheld. */
  readonly heldCount: number;
  /** Connection-level errors (e.g. a client that vanished mid-session); informative only. */
  errors: Error[];
  setPolicy(policy: SinkPolicy): void;
  /** Answers every held message: accepted, or rejected with the given error. Returns how many were released. */
  release(outcome?: "accept" | { reject: string; responseCode?: number }): number;
  close(): Promise<void>;
};

export const acceptAll: SinkPolicy = () => "accept";

/** Accepts the first `n` messages, then holds every later one. */
export function acceptFirstThenHold(n: number): SinkPolicy {
  return (_message, { acceptedSoFar }) => (acceptedSoFar < n ? "accept" : "hold");
}

/** Rejects every message with the given reply (451 = temporary failure by default). */
export function rejectAll(reason = "mailbox temporarily unavailable", responseCode = 451): SinkPolicy {
  return () => ({ reject: reason, responseCode });
}

type DataCallback = (err?: Error | null, message?: string) => void;

function smtpError(reason: string, responseCode: number): Error & { responseCode: number } {
  return Object.assign(new Error(reason), { responseCode });
}

/** Headers of a raw RFC 5322 message, names lower-cased, folded lines joined. */
export function parseHeaders(raw: string): Map<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const head = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** `port`: listen on this port (e.g. one a client was already refused on); any free port by default. */
export async function startSmtpSink(options: { policy?: SinkPolicy; port?: number } = {}): Promise<SmtpSink> {
  let policy = options.policy ?? acceptAll;
  const accepted: ReceivedMessage[] = [];
  const received: ReceivedMessage[] = [];
  const errors: Error[] = [];
  const held: { message: ReceivedMessage; callback: DataCallback }[] = [];

  const answer = (
    message: ReceivedMessage,
    callback: DataCallback,
    decision: Exclude<SinkDecision, "hold">,
  ) => {
    if (decision === "accept") {
      accepted.push(message);
      callback(null, "OK: queued");
    } else {
      callback(smtpError(decision.reject, decision.responseCode ?? 451));
    }
  };

  const onData = (stream: SMTPServerDataStream, session: SMTPServerSession, callback: DataCallback) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const headers = parseHeaders(raw);
      const message: ReceivedMessage = {
        messageId: headers.get("message-id") ?? null,
        subject: headers.get("subject") ?? null,
        mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
        rcptTo: session.envelope.rcptTo.map((r) => r.address),
        raw,
        receivedAt: new Date(),
      };
      const decision = policy(message, { acceptedSoFar: accepted.length, receivedSoFar: received.length });
      received.push(message);
      if (decision === "hold") held.push({ message, callback });
      else answer(message, callback, decision);
    });
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 500,
    onData,
  });
  server.on("error", (error: Error) => errors.push(error));

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  const release = (outcome: "accept" | { reject: string; responseCode?: number } = "accept") => {
    const pending = held.splice(0, held.length);
    for (const { message, callback } of pending) answer(message, callback, outcome);
    return pending.length;
  };

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    received,
    errors,
    get heldCount() {
      return held.length;
    },
    setPolicy(next) {
      policy = next;
    },
    release,
    async close() {
      release({ reject: "sink closing", responseCode: 421 });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
