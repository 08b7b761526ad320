// Starts scripts/worker.ts (or another script of the project) as a real child process, as `npm run worker`
// does, for tests that kill it.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type WorkerProcess = {
  child: ChildProcess;
  /** Everything the worker wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL (no cleanup, like `kill -9`) and wait for the process to be gone. */
  killHard(): Promise<void>;
};

const ROOT = path.resolve(import.meta.dirname, "../..");

export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  return startScriptProcess("scripts/worker.ts", env);
}

/** Runs `script` (a path from the project root) in a child process the way the worker runs. */
export function startScriptProcess(script: string, env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    output: () => output,
    exited,
    async killHard() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}
