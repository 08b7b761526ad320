"use server";
// Data-subject request actions of the customer portal (S11-S14): thin; lib/dsr authorises the slug against
// the caller's memberships (org.dsr.manage) and scopes every record to that organisation.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { cancelRequest } from "@/lib/dsr/cancel";
import { importRequests, previewImport } from "@/lib/dsr/csv-import";
import { MAX_CSV_BYTES } from "@/lib/dsr/csv-check";
import { fileRequest } from "@/lib/dsr/file-request";
import { closeNotInstructed, instructForwarded } from "@/lib/dsr/forwarded";
import { dsrInstructFormInput, dsrRequestFormInput } from "@/lib/dsr/request-form";
import { AppError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { DSR_CSV_MESSAGES } from "@/lib/dsr/messages";
import { IMPORT_MESSAGES, REQUEST_DETAIL_MESSAGES } from "./messages";

const slug = z.string().trim().min(1).max(80);
const id = z.string().trim().min(1).max(64);

export const fileRequestAction = defineAction(
  { input: dsrRequestFormInput, permission: "org.dsr.manage" },
  async (ctx, { organization, ...input }) => {
    const filed = await fileRequest(ctx, organization, input, "PORTAL");
    redirect(`/portal/${organization}/requests/${filed.id}?filed=1`);
  },
);

export const instructForwardedAction = defineAction(
  { input: dsrInstructFormInput, permission: "org.dsr.manage" },
  async (ctx, { organization, ...input }) => {
    const { reference } = await instructForwarded(ctx, organization, input);
    refresh();
    return localize(REQUEST_DETAIL_MESSAGES.instructed(reference), ctx.locale);
  },
);

export const closeNotInstructedAction = defineAction(
  { input: z.strictObject({ organization: slug, id }), permission: "org.dsr.manage" },
  async (ctx, input) => {
    const { reference } = await closeNotInstructed(ctx, input.organization, input.id);
    refresh();
    return localize(REQUEST_DETAIL_MESSAGES.closedNotInstructed(reference), ctx.locale);
  },
);

export const cancelRequestAction = defineAction(
  { input: z.strictObject({ organization: slug, id }), permission: "org.dsr.manage" },
  async (ctx, input) => {
    const { reference } = await cancelRequest(ctx, input.organization, input.id);
    refresh();
    return localize(REQUEST_DETAIL_MESSAGES.cancelled(reference), ctx.locale);
  },
);

const csvFile = z.instanceof(File, { message: "Choose a CSV file." });

/** Step 1: the file is read and checked; the preview carries its text back for step 2. */
export const previewImportAction = defineAction(
  { input: z.strictObject({ organization: slug, file: csvFile }), permission: "org.dsr.manage" },
  async (ctx, input) => {
    if (input.file.size === 0) throw new AppError("invalid", IMPORT_MESSAGES.noFile);
    if (input.file.size > MAX_CSV_BYTES)
      throw new AppError("too_large", DSR_CSV_MESSAGES.tooLarge(MAX_CSV_BYTES));
    const text = await input.file.text();
    if (text.includes("\u0000")) throw new AppError("unsupported_type", IMPORT_MESSAGES.notCsv);
    const preview = await previewImport(ctx, input.organization, text);
    return { kind: "preview" as const, name: input.file.name.slice(0, 200), text, ...preview };
  },
);

/** Step 2: exactly the checked file (its SHA-256), all rows or none. */
export const importAction = defineAction(
  {
    input: z.strictObject({
      organization: slug,
      csv: z.string().max(MAX_CSV_BYTES * 4),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    permission: "org.dsr.manage",
  },
  async (ctx, input) => {
    const { requests } = await importRequests(ctx, input.organization, input.csv, input.sha256);
    refresh();
    return {
      kind: "imported" as const,
      message: localize(
        IMPORT_MESSAGES.imported(requests.length, requests[0]!.reference, requests.at(-1)!.reference),
        ctx.locale,
      ),
    };
  },
);
