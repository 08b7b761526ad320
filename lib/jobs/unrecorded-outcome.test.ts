import { describe, expect, it } from "vitest";
import { isUnrecordedJobOutcome } from "./unrecorded-outcome.ts";

function errorWithStack(frames: string[]): Error {
  const error = new Error("the database system is shutting down");
  error.stack = [`error: ${error.message}`, ...frames.map((f) => `    at ${f}`)].join("\n");
  return error;
}

describe("isUnrecordedJobOutcome", () => {
  it("recognises pg-boss failing to record a job's completion or failure (as seen when PostgreSQL restarts)", () => {
    for (const method of ["complete", "fail"])
      expect(
        isUnrecordedJobOutcome(
          errorWithStack([
            "/app/node_modules/pg-pool/index.js:45:11",
            "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            "async Db.executeSql (/app/node_modules/pg-boss/src/db.js:42:14)",
            `async Manager.${method} (/app/node_modules/pg-boss/src/manager.js:493:20)`,
          ]),
        ),
      ).toBe(true);
  });

  it("leaves every other rejection alone, including our own code's and other pg-boss calls", () => {
    expect(isUnrecordedJobOutcome(new Error("boom"))).toBe(false);
    expect(isUnrecordedJobOutcome("the database system is shutting down")).toBe(false);
    expect(
      isUnrecordedJobOutcome(
        errorWithStack(["async Manager.send (/app/node_modules/pg-boss/src/manager.js:300:20)"]),
      ),
    ).toBe(false);
    expect(
      isUnrecordedJobOutcome(errorWithStack(["async Manager.fail (/app/lib/jobs/our-own-manager.ts:10:5)"])),
    ).toBe(false);
  });
});
