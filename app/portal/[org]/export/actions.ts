"use server";
// The export page's action (org.export.manage): thin; lib/org-export authorises the slug against the
// caller's membership, refuses a second export while one runs, records and audits the request.
import { refresh } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { startOrganizationExport } from "@/lib/org-export/start-export";
import { EXPORT_PAGE_MESSAGES as M } from "./messages";

export const startOrganizationExportAction = defineAction(
  {
    input: z.object({ slug: z.string().trim().min(1).max(80) }).strict(),
    permission: "org.export.manage",
  },
  async (ctx, { slug }) => {
    await startOrganizationExport(ctx, slug);
    refresh();
    return localize(M.started, ctx.locale);
  },
);
