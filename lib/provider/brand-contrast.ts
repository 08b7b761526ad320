// The brand colour is used for links and headings on white (the public layout's --brand), so it must
// be readable there: WCAG 2.2 contrast of at least 4.5:1 against white (SC 1.4.3).
export const MIN_BRAND_CONTRAST = 4.5;

function channel(hexPair: string): number {
  const value = parseInt(hexPair, 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** Contrast ratio (1–21) of a #rrggbb colour against white. */
export function contrastAgainstWhite(hex: string): number {
  const [r, g, b] = [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)].map(channel) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}
