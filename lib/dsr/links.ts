// Absolute links in emails to a request: the controller's portal page and the staff console page.
import { env } from "../config/env.ts";

export function portalRequestUrl(slug: string, id: string): string {
  return new URL(`/portal/${slug}/requests/${id}`, env().APP_URL).toString();
}

export function consoleRequestUrl(id: string): string {
  return new URL(`/admin/requests/${id}`, env().APP_URL).toString();
}
