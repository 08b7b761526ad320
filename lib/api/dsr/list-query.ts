// The query of GET /api/v1/dsr: filter by status and type, page with a cursor (the last id of the previous
// page) and a limit. Strict: an unknown parameter is refused rather than silently ignored.
import { z } from "zod";
import { DsrStatus, DsrType } from "../../generated/prisma/enums.ts";

export const API_MAX_PAGE = 100;

export const dsrListQuery = z.strictObject({
  status: z.enum(Object.values(DsrStatus) as [DsrStatus, ...DsrStatus[]]).optional(),
  type: z.enum(Object.values(DsrType) as [DsrType, ...DsrType[]]).optional(),
  limit: z.coerce.number().int().min(1).max(API_MAX_PAGE).default(50),
  cursor: z.string().min(1).max(64).optional(),
});
