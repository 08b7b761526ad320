// The browser side of the upload routes: posts the form as multipart and reads the JSON answer
// (app/api/admin/library/upload-response.ts), whatever the status.
import type { UploadAnswer } from "@/app/api/admin/library/upload-response";

export async function postUpload(url: string, form: FormData): Promise<UploadAnswer> {
  try {
    const response = await fetch(url, { method: "POST", body: form, credentials: "same-origin" });
    if (response.status === 413) return { ok: false, message: "The file is larger than 10 MB." };
    const answer = (await response.json().catch(() => null)) as UploadAnswer | null;
    return answer ?? { ok: false, message: `The upload failed (HTTP ${response.status}).` };
  } catch {
    return { ok: false, message: "The upload did not reach the server; check your connection and try again." };
  }
}
