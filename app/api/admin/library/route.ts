// Upload of a new library document (POST multipart: file + metadata). A route handler, not a server
// action, because actions are capped at 1 MB; the route wrapper does what the action wrapper does:
// same-origin check (S14), staff permission (S11) before the body is read; then a strict parse (S13)
// and one lib call. Refusals (S16: 400/413/415) are answered as JSON the upload form shows.
import { z } from "zod";
import { HTTP_MESSAGES } from "@/lib/http/messages";
import { defineRoute } from "@/lib/http/route";
import { localize } from "@/lib/i18n/text";
import { createLibraryDocument } from "@/lib/trust/library/documents";
import { libraryMetadataInput } from "@/lib/trust/library/metadata-input";
import { readLibraryUpload } from "@/lib/trust/library/upload-body";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { UPLOAD_MESSAGES } from "./messages";
import { uploadAnswer } from "./upload-answer";

export const dynamic = "force-dynamic";

export const POST = defineRoute(
  { permission: "trust.library.manage", errors: "json" },
  async (ctx, request) => {
    const body = await readLibraryUpload(request);
    const parsed = libraryMetadataInput.safeParse(body.fields);
    if (!parsed.success) {
      return uploadAnswer(
        {
          ok: false,
          message: localize(HTTP_MESSAGES.correctFields, ctx.locale),
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        },
        400,
      );
    }
    const created = await createLibraryDocument(ctx, parsed.data, body.file);
    await revalidatePublicPages();
    return uploadAnswer(
      { ok: true, id: created.id, message: UPLOAD_MESSAGES.uploaded(parsed.data.title, created.slug) },
      201,
    );
  },
);
