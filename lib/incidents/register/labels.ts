// Words for the register's states, shared by pages and exports.
import type { BreachDetermination, IncidentStatus } from "../../generated/prisma/enums.ts";

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  INVESTIGATING: "Investigating",
  CONTAINED: "Contained",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
};

export const DETERMINATION_LABELS: Record<BreachDetermination, string> = {
  UNDETERMINED: "Not yet determined",
  NOT_PERSONAL_DATA_BREACH: "Not a personal-data breach",
  NOT_NOTIFIABLE: "Not notifiable",
  PERSONAL_DATA_BREACH: "Personal-data breach",
};

/** Zones offered when entering incident times (the register stores UTC). */
export const TIME_ZONE_CHOICES = [
  "UTC",
  "Europe/Berlin",
  "Europe/London",
  "Europe/Paris",
  "Europe/Helsinki",
  "America/New_York",
  "Asia/Tokyo",
] as const;
