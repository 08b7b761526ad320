// Replacement of a library document's file (POST multipart: the file only). Same checks as the
// upload route: same origin (S14), staff permission before the body is read (S11), S16 on the file.
import { z } from "zod";
import { assertSameOrigin } from "@/lib/actions/define-action";
import { requireStaff } from "@/lib/auth/authorization/authorize";
import { replaceLibraryFile } from "@/lib/trust/library/documents";
import { readLibraryUpload } from "@/lib/trust/library/upload-body";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { answerUpload, uploadAnswer } from "../../upload-response";

export const dynamic = "force-dynamic";

const noFields = z.strictObject({});

export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return answerUpload(async () => {
    await assertSameOrigin();
    await requireStaff("trust.library.manage");
    const { id } = await params;
    const body = await readLibraryUpload(request);
    if (!noFields.safeParse(body.fields).success)
      return uploadAnswer({ ok: false, message: "Send only the file." }, 400);
    const { sha256 } = await replaceLibraryFile(id, body.file);
    revalidatePublicPages();
    return uploadAnswer({ ok: true, id, message: `File replaced (SHA-256 ${sha256.slice(0, 12)}…).` }, 200);
  });
}
