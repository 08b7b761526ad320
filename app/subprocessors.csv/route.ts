// The current subprocessor list as a CSV download (UTF-8 with a byte order mark, header row; the same
// register as the page and the JSON). Cached like /subprocessors.json: no database query per request.
import { cachedPublic } from "@/lib/public-snapshot/cached";
import { subprocessorsCsvText } from "@/lib/trust/subprocessors/public-exports";

export const dynamic = "force-dynamic";

const cachedCsv = cachedPublic(() => subprocessorsCsvText());

export async function GET(): Promise<Response> {
  return new Response(await cachedCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="subprocessors.csv"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
