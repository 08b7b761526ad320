// Reads a multipart upload with a hard cap (S16): a declared Content-Length over the cap is refused
// before a byte is read, and a body that grows past it while streaming is cut off. Server actions
// are capped at 1 MB, so library uploads come through a route handler and this reader.
import { AppError } from "../../errors.ts";
import { LIBRARY_MESSAGES } from "./messages.ts";
import { MAX_LIBRARY_FILE_BYTES, type UploadedFile } from "./pdf-upload-check.ts";

/** The file plus the form fields and multipart framing. */
export const MAX_UPLOAD_BODY_BYTES = MAX_LIBRARY_FILE_BYTES + 256 * 1024;
const WORDS = LIBRARY_MESSAGES.upload;
const tooLarge = () => new AppError("too_large", WORDS.bodyTooLarge(MAX_LIBRARY_FILE_BYTES));

export type LibraryUploadBody = { fields: Record<string, string>; file: UploadedFile | null };

export async function readLibraryUpload(
  request: Request,
  maxBytes = MAX_UPLOAD_BODY_BYTES,
): Promise<LibraryUploadBody> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("unsupported_type", WORDS.notMultipart);
  }
  const body = await readCapped(request, maxBytes);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("invalid", WORDS.unreadableForm);
  }
  return splitForm(form);
}

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function splitForm(form: FormData): Promise<LibraryUploadBody> {
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  for (const [name, value] of form.entries()) {
    if (name in fields || (name === "file" && file))
      throw new AppError("invalid", WORDS.fieldTwice(name.slice(0, 40)));
    if (typeof value === "string") {
      fields[name] = value;
    } else if (name === "file") {
      file = {
        bytes: new Uint8Array(await value.arrayBuffer()),
        declaredType: value.type,
        declaredName: value.name,
      };
    } else {
      throw new AppError("invalid", WORDS.oneFileOnly);
    }
  }
  return { fields, file };
}
