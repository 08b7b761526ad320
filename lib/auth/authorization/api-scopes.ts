// What an API key may do (SECURITY.md S28): the scopes a customer gives a key when creating it, and
// the customer permissions each scope grants. A key acts only inside its own organisation and only
// with these permissions, whatever the role of the person who created it; deny by default.
import type { CustomerAction } from "./permissions.ts";

export const API_SCOPES = ["dsr:read", "dsr:write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

const SCOPE_GRANTS: Record<ApiScope, readonly CustomerAction[]> = {
  /** List and read the organisation's data-subject requests. */
  "dsr:read": ["org.dsr.view"],
  /** File data-subject requests (the controller's instruction, A7). */
  "dsr:write": ["org.dsr.manage"],
};

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** Whether a key with `scopes` may perform `action`. */
export function scopesAllow(scopes: readonly string[], action: CustomerAction): boolean {
  return scopes.some((scope) => isApiScope(scope) && SCOPE_GRANTS[scope].includes(action));
}

/** The scope that grants `action` (for telling a caller which scope its key lacks). */
export function scopeFor(action: CustomerAction): ApiScope | null {
  return API_SCOPES.find((scope) => SCOPE_GRANTS[scope].includes(action)) ?? null;
}
