// GET /en/toms/latest.pdf, /de/security/2.pdf: a trust document as a PDF (pdf-response.ts); documents
// without a PDF answer 404.
import { documentPdfResponse } from "../pdf-response";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; policy: string; file: string }> },
): Promise<Response> {
  const { locale, policy, file } = await params;
  return documentPdfResponse(request, { locale, slug: policy, file });
}
