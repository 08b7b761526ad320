// The upload route's body reader (S16): a declared or streamed body over the cap is refused with 413
// before it is parsed; only multipart with one file field is accepted.
import { describe, expect, it } from "vitest";
import { isAppError } from "../../errors";
import { readLibraryUpload } from "./upload-body";

function multipart(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Uint8Array },
): Request {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file)
    form.append("file", new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name);
  return new Request("http://localhost/api/admin/library", { method: "POST", body: form });
}

async function status(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.status;
    throw error;
  }
}

describe("reading an upload with a hard cap", () => {
  it("returns the fields and the file as sent", async () => {
    const body = await readLibraryUpload(
      multipart(
        { slug: "a-doc", title: "A" },
        { name: "a.pdf", type: "application/pdf", bytes: new Uint8Array([37, 80, 68, 70]) },
      ),
    );
    expect(body.fields).toEqual({ slug: "a-doc", title: "A" });
    expect(body.file).toMatchObject({ declaredName: "a.pdf", declaredType: "application/pdf" });
    expect([...body.file!.bytes]).toEqual([37, 80, 68, 70]);
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const request = new Request("http://localhost/x", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": "999999999" },
      body: "ignored",
    });
    expect(await status(readLibraryUpload(request, 1000))).toBe(413);
    expect(request.bodyUsed).toBe(false);
  });

  it("cuts off a streamed body that grows past the cap", async () => {
    const chunk = new Uint8Array(400);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(chunk);
        if (sent > 100) controller.close();
      },
    });
    const request = new Request("http://localhost/x", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(await status(readLibraryUpload(request, 1000))).toBe(413);
    expect(sent).toBeLessThan(10);
  });

  it("refuses other content types and a second file", async () => {
    expect(
      await status(
        readLibraryUpload(
          new Request("http://localhost/x", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
          }),
        ),
      ),
    ).toBe(415);
    const form = new FormData();
    form.append("file", new Blob(["a"]), "a.pdf");
    form.append("other", new Blob(["b"]), "b.pdf");
    expect(
      await status(readLibraryUpload(new Request("http://localhost/x", { method: "POST", body: form }))),
    ).toBe(400);
  });
});
