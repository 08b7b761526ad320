// What staff send to declare a connected system's data category (S13: strict objects; ADR 0028). The key
// is the protocol's `category` and part of the retention key: set once, never changed.
import { z } from "zod";
import { MAX_DAYS } from "../input.ts";

const days = z.coerce.number().int().min(1).max(MAX_DAYS);

export const saveSystemCategoryInput = z
  .object({
    systemId: z.string().min(1).max(64),
    /** Empty: a new category. */
    categoryId: z.string().max(64).default(""),
    key: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "lower-case letters, digits, _ and - (at most 40)"),
    name: z.string().trim().min(1).max(80),
    description: z.string().trim().max(500).default(""),
    defaultDays: days,
    minDays: days,
  })
  .strict();
export type SaveSystemCategoryInput = z.infer<typeof saveSystemCategoryInput>;

export const removeSystemCategoryInput = z
  .object({ systemId: z.string().min(1).max(64), categoryId: z.string().min(1).max(64) })
  .strict();
export type RemoveSystemCategoryInput = z.infer<typeof removeSystemCategoryInput>;
