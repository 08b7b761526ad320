// Replacement of a library document's file (POST multipart: the file only). Same checks as the
// upload route: same origin (S14), staff permission before the body is read (S11), S16 on the file.
import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { replaceLibraryFile } from "@/lib/trust/library/documents";
import { readLibraryUpload } from "@/lib/trust/library/upload-body";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { UPLOAD_MESSAGES } from "../../messages";
import { uploadAnswer } from "../../upload-answer";

export const dynamic = "force-dynamic";

const noFields = z.strictObject({});

export const POST = defineRoute<{ id: string }>(
  { permission: "trust.library.manage", errors: "json" },
  async (ctx, request, { id }) => {
    const body = await readLibraryUpload(request);
    if (!noFields.safeParse(body.fields).success)
      return uploadAnswer({ ok: false, message: UPLOAD_MESSAGES.onlyTheFile }, 400);
    const { sha256 } = await replaceLibraryFile(ctx, id, body.file);
    await revalidatePublicPages();
    return uploadAnswer({ ok: true, id, message: UPLOAD_MESSAGES.replaced(sha256) }, 200);
  },
);
