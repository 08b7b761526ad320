// What the library upload routes answer, as JSON, whatever the status: the upload form shows `message`
// and the field errors. Refusals come from lib/http/route.ts's errorResponse (`{ ok: false, code, message }`);
// an input the form must correct carries `fieldErrors` too.
export type UploadAnswer =
  | { ok: true; message: string; id: string }
  | { ok: false; message: string; code?: string; fieldErrors?: Record<string, string[]> };

const NO_STORE = { "Cache-Control": "no-store" };

export function uploadAnswer(answer: UploadAnswer, status: number): Response {
  return Response.json(answer, { status, headers: NO_STORE });
}
