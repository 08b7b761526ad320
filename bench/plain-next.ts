// The baseline of bench/public-pages.ts (issue 15): a plain Next.js 16 app with one static page carrying the
// same HTML as a page of ours, built and served by `next start` in the same run, so our public pages are
// measured as a ratio against what the framework itself does for a static page on this machine. The app is
// written to a temporary folder inside the project (.bench-tmp/, ignored), so it resolves this project's
// node_modules — the same Next.js and React — and Turbopack compiles it (it does not follow a symlink out).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export type PlainNext = { url: string; stop: () => Promise<void> };

/** Builds and starts a plain Next.js app whose `/` is a static page with `bodyHtml` as its body. */
export async function startPlainNext(bodyHtml: string, title: string): Promise<PlainNext> {
  mkdirSync(path.resolve(".bench-tmp"), { recursive: true });
  const dir = mkdtempSync(path.resolve(".bench-tmp", "plain-next-"));
  mkdirSync(path.join(dir, "app"));
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "plain-next", private: true, type: "module" }),
  );
  writeFileSync(path.join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export const metadata = { title: ${JSON.stringify(title)} };
export default function Layout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  );
  // The page's HTML as one static string: the same bytes to send, none of our components.
  writeFileSync(path.join(dir, "app", "body.json"), JSON.stringify({ html: bodyHtml }));
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    `import body from "./body.json";
export const dynamic = "force-static";
export default function Page() {
  return <div dangerouslySetInnerHTML={{ __html: body.html }} />;
}
`,
  );
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  const next = path.resolve("node_modules/next/dist/bin/next");
  const build = spawnSync(process.execPath, [next, "build"], { cwd: dir, env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`plain Next.js build failed:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [next, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: dir,
      env,
      stdio: "ignore",
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    if (i > 100) throw new Error("plain Next.js did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      if (server.exitCode === null) {
        server.kill("SIGTERM");
        await new Promise((r) => server.once("exit", r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The inner HTML of a page's <body>, without its scripts (the plain app brings its own). */
export function bodyOf(html: string): string {
  const start = html.indexOf(">", html.indexOf("<body")) + 1;
  const end = html.lastIndexOf("</body>");
  return html.slice(start, end).replace(/<script\b[\s\S]*?<\/script>/g, "");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
