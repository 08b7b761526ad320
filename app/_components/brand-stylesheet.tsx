/** The brand colour as `--brand` (app/brand.css/route.ts); React puts the link into the page's head. */
export function BrandStylesheet({ color }: { color: string }) {
  const href = `/brand.css?c=${encodeURIComponent(color.replace(/^#/, ""))}`;
  // A stylesheet written per colour by a route handler, not a CSS file of the build.
  return <link rel="stylesheet" href={href} precedence="brand" />;
}
