import "server-only";
// Work that must not delay or shape the response (S3: whether an emailed link is sent must not show
// in the response time). Runs after the response with Next's after(); a failure is logged with a
// reference and never reaches the user.
import { randomUUID } from "node:crypto";
import { after } from "next/server";

export function afterResponse(task: () => Promise<void>): void {
  after(async () => {
    try {
      await task();
    } catch (error) {
      console.error(`[after-response] background task failed ${randomUUID()}`, error);
    }
  });
}
