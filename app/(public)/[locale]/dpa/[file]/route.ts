// GET /en/dpa/latest.pdf or /en/dpa/3.pdf: the DPA as a PDF (the DPA has pages of its own, so its files
// need a route of their own too; the answer is the one every document PDF gets, pdf-response.ts).
import { BUILT_IN_SLUGS } from "@/lib/trust/policies/kinds";
import { documentPdfResponse } from "../../[policy]/pdf-response";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
): Promise<Response> {
  const { locale, file } = await params;
  return documentPdfResponse(request, { locale, slug: BUILT_IN_SLUGS.DPA, file });
}
