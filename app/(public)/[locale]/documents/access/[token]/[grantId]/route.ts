// GET /<locale>/documents/access/<token>/<grantId>: the watermarked PDF of an approved grant, or a
// short 403 explaining why not (nothing served). Per request, never cached; the caller's address is
// logged with each download.
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { definePublicRoute } from "@/lib/http/route";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { downloadGrantedDocument } from "@/lib/trust/access-requests/grant-download";
import { DOCUMENTS } from "../../../messages";

export const dynamic = "force-dynamic";

const PRIVATE = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

function refused(locale: Locale, status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale },
  });
}

type Params = { locale: string; token: string; grantId: string };

export const GET = definePublicRoute<Params>({}, async (ctx, _request, { locale, token, grantId }) => {
  // The refusal is written in the language of the link (the page it came from), not the browser's.
  const language = isLocale(locale) ? locale : "en";
  const download = await downloadGrantedDocument(ctx, { token, grantId });
  if (!download.ok) return refused(language, 403, DOCUMENTS[language].refusal[download.refusal]);
  return new Response(Buffer.from(download.bytes), {
    status: 200,
    headers: {
      ...PRIVATE,
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(download.fileName),
      "Content-Length": String(download.bytes.byteLength),
      "X-Content-SHA256": download.sha256,
    },
  });
});
