// Who may read a message that carries a single-use link (SECURITY.md S26, docs/decisions/0013): staff
// never, except on a developer's machine whose mail goes nowhere else. A production server without SMTP
// is not development: the message stays sealed until SMTP delivers it to its recipient.
import type { Env } from "../config/env.ts";

/** Whether staff may read the body of a sensitive outbox message on a server with this configuration. */
export function sensitiveMailReadable(config: Pick<Env, "NODE_ENV" | "SMTP_URL">): boolean {
  return config.NODE_ENV === "development" && !config.SMTP_URL;
}
