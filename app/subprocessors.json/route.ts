// The current subprocessor list and announced changes as JSON (the same register as the page). The
// body is cached (tag "trust-public", refreshed when staff announce or edit, else every 300 s), so a
// request does not query the database; force-dynamic only keeps the build from needing one.
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/trust/public-pages";
import { subprocessorsJsonText } from "@/lib/trust/subprocessors/public-exports";

export const dynamic = "force-dynamic";

const cachedJson = unstable_cache(() => subprocessorsJsonText(), ["subprocessors.json"], {
  tags: [PUBLIC_DATA_TAG],
  revalidate: 300,
});

export async function GET(): Promise<Response> {
  return new Response(await cachedJson(), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
