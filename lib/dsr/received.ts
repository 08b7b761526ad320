// A1: the controller's date of receipt cannot lie in the future (by the caller's clock). Clocks differ a
// little between a controller's systems and ours: up to a minute ahead is not "the future".
import { AppError } from "../errors.ts";
import type { Clock } from "../time/clock.ts";
import { DSR_MESSAGES } from "./messages.ts";

const CLOCK_SKEW_MS = 60_000;

export function receivedInFuture(receivedAt: Date, clock: Clock): boolean {
  return receivedAt.getTime() > clock.now().getTime() + CLOCK_SKEW_MS;
}

export function assertReceivedNotInFuture(receivedAt: Date, clock: Clock): void {
  if (receivedInFuture(receivedAt, clock)) throw new AppError("invalid", DSR_MESSAGES.receivedInFuture);
}
