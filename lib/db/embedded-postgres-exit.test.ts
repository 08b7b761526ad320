import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("a process that loads the embedded PostgreSQL", () => {
  it("keeps its own exit code when it ends on its own (a failed test run must fail)", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        'await import("./lib/db/embedded-postgres.ts"); process.exitCode = 3;',
      ],
      {
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});
