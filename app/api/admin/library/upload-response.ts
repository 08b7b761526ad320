import "server-only";
// How the library upload routes answer: JSON the upload form shows, with the HTTP status of the
// outcome (S16 refusals as 400/413/415, S11 as 401/403/404, S14 as 403). Unknown errors are logged
// with a reference and answered generically.
import { randomUUID } from "node:crypto";
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserFacingError } from "@/lib/errors";
import { UploadRejectedError } from "@/lib/trust/library/upload-rejected";

export type UploadAnswer =
  | { ok: true; message: string; id: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

const NO_STORE = { "Cache-Control": "no-store" };

export function uploadAnswer(answer: UploadAnswer, status: number): Response {
  return Response.json(answer, { status, headers: NO_STORE });
}

export async function answerUpload(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (error instanceof UploadRejectedError)
      return uploadAnswer({ ok: false, message: error.message }, error.status);
    if (error instanceof UnauthenticatedError)
      return uploadAnswer({ ok: false, message: error.message }, 401);
    if (error instanceof ForbiddenError) return uploadAnswer({ ok: false, message: error.message }, 403);
    if (error instanceof NotFoundError) return uploadAnswer({ ok: false, message: error.message }, 404);
    if (error instanceof UserFacingError) return uploadAnswer({ ok: false, message: error.message }, 400);
    const reference = randomUUID();
    console.error(`[library-upload] internal error ${reference}`, error);
    return uploadAnswer(
      { ok: false, message: `Something went wrong on our side. Reference: ${reference}` },
      500,
    );
  }
}
