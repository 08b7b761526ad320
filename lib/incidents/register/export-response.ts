import "server-only";
// The register export as an HTTP download (route handlers): an attachment that is never cached;
// access errors become 401/403/404 with a plain message.
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../errors.ts";
import { exportRegister, type ExportFormat } from "./export.ts";

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function registerExportResponse(format: ExportFormat): Promise<Response> {
  try {
    const file = await exportRegister(format);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof UnauthenticatedError) return plain(401, error.message);
    if (error instanceof NotFoundError) return plain(404, "Not found.");
    if (error instanceof ForbiddenError) return plain(403, error.message);
    throw error;
  }
}
