// After a publish, every app instance must drop its public pages at once (issue 15, ADR 0033): the
// publishing instance moves PublicContentVersion and notifies the others in the same statement; each
// instance's follower (follow.ts) hears it, or reads the version within a few seconds if it missed it.
import type { Db } from "../db/client.ts";
import { noteContentVersion } from "./store.ts";

export const PUBLIC_CONTENT_CHANNEL = "article28_public_content";

/** The new version; this process has acted on it already (its caller emptied the snapshot). */
export async function announcePublicChange(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ version: number }[]>`
    WITH bumped AS (
      UPDATE "PublicContentVersion" SET "version" = "version" + 1, "publishedAt" = now()
      WHERE "id" = 'public' RETURNING "version"
    )
    SELECT bumped."version" FROM bumped,
      LATERAL (SELECT pg_notify(${PUBLIC_CONTENT_CHANNEL}, bumped."version"::text)) AS notified`;
  if (!row) throw new Error("PublicContentVersion has no row: the database is not migrated");
  noteContentVersion(row.version);
  return row.version;
}
