// The years a date typed into a form may name (lib/time/date-input.ts checks them; forms put them on their
// inputs as min and max, so the browser's picker offers the same range).
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const DATE_INPUT_BOUNDS = {
  minDay: `${MIN_YEAR}-01-01`,
  maxDay: `${MAX_YEAR}-12-31`,
  minDateTime: `${MIN_YEAR}-01-01T00:00`,
  maxDateTime: `${MAX_YEAR}-12-31T23:59`,
} as const;
