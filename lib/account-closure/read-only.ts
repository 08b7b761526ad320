// While an organisation is being closed (D4; ADR 0024) it is read-only, except for what the closure itself
// promises: the export (return of the data) and the closure (cancel it, read its state) — and the
// controller's answers to a breach notified meanwhile (acknowledging it, recording its report to the
// authority): its duties under Art. 33 do not pause while it leaves, and a refusal would keep the provider
// from proving the notice was received (ADR 0024, amended). The one place that
// applies it is the authorisation (lib/auth/authorization/authorize.ts), for every server action, route and
// API v1 call alike: a request that only reads (`ctx.intent === "read"`: page loads, GET routes) passes, and
// so does any permission that only lets its holder look (`*.view`), e.g. verifying the audit chain.
import type { CustomerAction } from "../auth/authorization/permissions.ts";

const ALLOWED_WHILE_CLOSING: ReadonlySet<CustomerAction> = new Set<CustomerAction>([
  "org.export.manage",
  "org.closure.manage",
  "org.breaches.respond",
]);

/** Whether `action` may be performed in an organisation being closed, by a request that may write. */
export function allowedWhileClosing(action: CustomerAction): boolean {
  return action.endsWith(".view") || ALLOWED_WHILE_CLOSING.has(action);
}
