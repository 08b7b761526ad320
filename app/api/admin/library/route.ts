// Upload of a new library document (POST multipart: file + metadata). A route handler, not a server
// action, because actions are capped at 1 MB; it does what the action wrapper does: same-origin
// check (S14), staff permission (S11) before the body is read, strict parse (S13), then one lib call.
import { z } from "zod";
import { assertSameOrigin } from "@/lib/actions/define-action";
import { requireStaff } from "@/lib/auth/authorization/authorize";
import { createLibraryDocument } from "@/lib/trust/library/documents";
import { libraryMetadataInput } from "@/lib/trust/library/metadata-input";
import { readLibraryUpload } from "@/lib/trust/library/upload-body";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { answerUpload, uploadAnswer } from "./upload-response";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return answerUpload(async () => {
    await assertSameOrigin();
    await requireStaff("trust.library.manage");
    const body = await readLibraryUpload(request);
    const parsed = libraryMetadataInput.safeParse(body.fields);
    if (!parsed.success) {
      return uploadAnswer(
        {
          ok: false,
          message: "Please correct the highlighted fields.",
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        },
        400,
      );
    }
    const created = await createLibraryDocument(parsed.data, body.file);
    revalidatePublicPages();
    return uploadAnswer(
      { ok: true, id: created.id, message: `Uploaded "${parsed.data.title}" as ${created.slug}.pdf.` },
      201,
    );
  });
}
