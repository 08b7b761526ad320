import "server-only";
// The static mirror for staff to download after publishing (ADR 0036): those who publish the trust
// center's content (trust.content.manage) crawl this instance's own public pages over HTTP, exactly as
// `npm run export:static` does, and receive the folder as a ZIP. The download is audited in the
// provider's chain with its size; a refused caller causes no crawl and no audit row of the export.
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { isoDate } from "../i18n/format.ts";
import { crawlPublicSite } from "./crawl.ts";
import { buildMirror } from "./mirror.ts";
import { mirrorZipStream } from "./mirror-zip.ts";

export type MirrorDownload = {
  fileName: string;
  files: number;
  bytes: number;
  stream: ReadableStream<Uint8Array>;
};

export async function staticMirrorDownload(
  ctx: Context,
  site: { origin: string; liveUrl: string },
): Promise<MirrorDownload> {
  const staff = await authorizeStaff(ctx, "trust.content.manage");
  const crawl = await crawlPublicSite({ origin: site.origin, aliases: [site.liveUrl] });
  const files = buildMirror(crawl, site.liveUrl);
  const bytes = files.reduce((sum, file) => sum + file.body.byteLength, 0);
  const now = ctx.clock.now();
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(staff.actor),
      action: "trust.mirror.exported",
      request: ctx.request,
      metadata: { files: files.length, bytes, skipped: crawl.skipped.length },
    },
    { clock: ctx.clock },
  );
  return {
    fileName: `trust-center-mirror-${isoDate(now)}.zip`,
    files: files.length,
    bytes,
    stream: mirrorZipStream(files, now),
  };
}
