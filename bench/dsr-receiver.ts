// The connected systems of bench/dsr.ts in a process of their own (so answering tasks never waits for the
// bench process's database work): a recording receiver (lib/dsr/connectors/testing/recording-receiver.ts)
// driven over IPC — "counts" and "report" (every task id with the webhook-ids it arrived under), "close".
import { startRecordingReceiver } from "../lib/dsr/connectors/testing/recording-receiver.ts";

const receiver = await startRecordingReceiver({
  systems: JSON.parse(process.env.BENCH_SYSTEMS ?? "[]"),
  callbackDelayMs: Number(process.env.BENCH_CALLBACK_DELAY_MS ?? 20),
  answerDelayMs: Number(process.env.BENCH_ANSWER_DELAY_MS ?? 0),
});
const send = (message: unknown) => process.send?.(message);
send({ type: "ready", url: receiver.url });
process.on("message", (message: { type: string }) => {
  if (message.type === "counts") send({ type: "counts", counts: receiver.counts });
  if (message.type === "report")
    send({
      type: "report",
      counts: receiver.counts,
      seen: [...receiver.seen].map(([taskId, ids]) => [taskId, [...ids]]),
    });
  if (message.type === "close") void receiver.close().then(() => process.exit(0));
});
