// One more production instance of the app (`npm start`'s scripts/run.ts start) on a running instance's
// database, for the scale-out test and benchmark (issue 15): the same build, the same APP_URL as behind a load
// balancer, its own port, no job worker, and only the restricted database role (it neither migrates nor seeds).
import { spawn } from "node:child_process";
import { freePort } from "../lib/db/embedded-postgres.ts";

export type AppInstance = { baseUrl: string; output: () => string; stop: () => Promise<void> };

/** `base`: the first instance's environment (its DATABASE_URL, secrets and APP_URL). */
export async function startAppInstance(base: NodeJS.ProcessEnv): Promise<AppInstance> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...base,
    PORT: String(port),
    HOST: "127.0.0.1",
    JOBS_IN_APP: "false",
  };
  delete env.DATABASE_OWNER_URL;
  const child = spawn("npx", ["tsx", "scripts/run.ts", "start"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {}
    await exited;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (
    !(await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The instance did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, output: () => output, stop };
}
