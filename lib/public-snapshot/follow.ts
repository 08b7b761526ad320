// Each app instance follows the published version of the public trust center (ADR 0033): LISTEN on the
// channel the publishing instance notifies, and read the version every few seconds as well, so a
// notification missed while the connection was down still arrives. When the version moves past what this
// process has acted on, `onPublished` runs (the custom server empties its snapshot and has its Next.js
// revalidate the pages). A lost connection is opened again; the follower never stops the server.
import pg from "pg";
import { PUBLIC_CONTENT_CHANNEL } from "./announce.ts";
import { noteContentVersion } from "./store.ts";

export type Follower = { stop: () => Promise<void> };

export function followPublicContent(
  databaseUrl: string,
  onPublished: (version: number) => void,
  {
    pollMs = 3_000,
    log = console.error,
    isNew = noteContentVersion,
  }: {
    pollMs?: number;
    log?: (message: string) => void;
    /** Records a version; true when this process has not acted on it (tests follow as another instance). */
    isNew?: (version: number) => boolean;
  } = {},
): Follower {
  let client: pg.Client | null = null;
  let stopped = false;
  let reading = false;
  let first = true;

  // The version found at start is where this process begins: nothing of it is cached yet.
  const seen = (version: number) => {
    if (isNew(version) && !first) onPublished(version);
  };

  async function connect() {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", (message) => {
      if (message.channel === PUBLIC_CONTENT_CHANNEL) seen(Number(message.payload));
    });
    next.on("error", (error) => {
      log(`Following published public content: ${error.message}; connecting again.`);
      if (client === next) client = null;
      void next.end().catch(() => {});
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PUBLIC_CONTENT_CHANNEL}`);
      if (stopped) return void (await next.end());
      client = next;
    } catch (error) {
      void next.end().catch(() => {});
      log(`Following published public content: ${(error as Error).message}; trying again.`);
    }
  }

  async function read() {
    if (reading || stopped) return;
    reading = true;
    try {
      if (!client) await connect();
      const result = await client?.query<{ version: number }>(
        `SELECT "version" FROM "PublicContentVersion" WHERE "id" = 'public'`,
      );
      const version = result?.rows[0]?.version;
      if (version !== undefined) {
        seen(version);
        first = false;
      }
    } catch (error) {
      log(`Following published public content: ${(error as Error).message}`);
      client = null;
    } finally {
      reading = false;
    }
  }

  void read();
  const timer = setInterval(() => void read(), pollMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await client?.end().catch(() => {});
    },
  };
}
