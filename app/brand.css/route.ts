// GET /brand.css?c=<rrggbb>: a brand colour as the CSS variable --brand for the product's chrome. A
// stylesheet of our own origin, so the signed-in pages' style policy (nonce-only, no style attributes)
// allows it. The layouts name the provider's current colour in the URL, so the answer never changes for
// a URL and is cached for good; a new colour is a new URL. Only a #rrggbb colour is ever written.
const COLOR = /^[0-9a-f]{6}$/i;
const DEFAULT_COLOR = "1d4ed8";

export function GET(request: Request): Response {
  const requested = new URL(request.url).searchParams.get("c") ?? "";
  const color = COLOR.test(requested) ? requested.toLowerCase() : DEFAULT_COLOR;
  return new Response(`:root{--brand:#${color}}\n`, {
    status: 200,
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
