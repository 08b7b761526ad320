// A form field that may be left empty: the empty string a browser sends for a blank input (or null) means
// "not given", never 0 or "" — so `z.coerce.number()` cannot turn a blank count into a claimed zero.
import { z } from "zod";

export const optionalField = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());
