// Runs a command with the machine's clock moved, to prove that no test depends on today's date:
//   npx tsx scripts/faketime.ts <offset | @instant> <command> [args...]
// An offset is what FAKETIME takes (+365d, +1095d, -2h, +90000 seconds); an instant (@2027-03-28T00:59:30Z)
// becomes the offset to it, so the clock starts there and keeps running. Uses Debian's libfaketime
// (apt package `faketime`; LIBFAKETIME names another copy). Every child process inherits the shifted
// clock: vitest's workers, the embedded PostgreSQL, the Next.js server, Chromium. Always an offset, never
// FAKETIME's own "@" start time: that starts again in every new process (unless FAKETIME_DONT_RESET=1,
// and even then PostgreSQL, running as the user postgres, starts again), so the database and the tests
// would disagree by the seconds between their starts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const LIBRARY_PATHS = [
  process.env.LIBFAKETIME,
  "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
  "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
  "/usr/local/lib/faketime/libfaketime.so.1",
];

const [when, command, ...args] = process.argv.slice(2);
if (!when || !command || !/^([+-]\d+(\.\d+)?[smhdy]?|@.+)$/.test(when)) {
  console.error("Usage: tsx scripts/faketime.ts <+365d | @2027-03-28T00:59:30Z> <command> [args...]");
  process.exit(2);
}
const library = LIBRARY_PATHS.find((file) => file && existsSync(file));
if (!library) {
  console.error(
    "libfaketime was not found: install the Debian package `faketime` (apt-get install faketime), or set LIBFAKETIME to libfaketime.so.1.",
  );
  process.exit(1);
}

let offset = when;
if (when.startsWith("@")) {
  const at = Date.parse(when.slice(1));
  if (Number.isNaN(at)) {
    console.error(`Not an instant: ${when.slice(1)} (use ISO 8601, e.g. @2027-12-31T23:58:00Z)`);
    process.exit(2);
  }
  const seconds = Math.round((at - Date.now()) / 1000);
  offset = seconds < 0 ? String(seconds) : `+${seconds}`;
}

const env = {
  ...process.env,
  LD_PRELOAD: [library, process.env.LD_PRELOAD].filter(Boolean).join(" "),
  FAKETIME: offset,
};
console.log(`Clock moved by FAKETIME="${offset}" (${when}) for: ${[command, ...args].join(" ")}`);
const result = spawnSync(command, args, { stdio: "inherit", env });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
