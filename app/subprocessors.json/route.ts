// The current subprocessor list and announced changes as JSON (the same register as the page). The
// body is kept in memory until the next publish or 300 s (lib/public-snapshot/cached.ts), so a request does
// not query the database; force-dynamic only keeps the build from needing one.
import { cachedPublic } from "@/lib/public-snapshot/cached";
import { subprocessorsJsonText } from "@/lib/trust/subprocessors/public-exports";

export const dynamic = "force-dynamic";

const cachedJson = cachedPublic(() => subprocessorsJsonText());

export async function GET(): Promise<Response> {
  return new Response(await cachedJson(), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
