// The deployment's certificate signing keys, from CERTIFICATE_SIGNING_KEYS (validated with the rest of the
// environment in lib/config/env.ts; development and tests use a fixed development key, production refuses it).
import { env } from "../config/env.ts";
import { parseSigningKeys, type SigningKey } from "./key-spec.ts";

let cached: { spec: string; keys: SigningKey[] } | undefined;

export function certificateSigningKeys(): SigningKey[] {
  const spec = env().CERTIFICATE_SIGNING_KEYS;
  if (cached?.spec !== spec) cached = { spec, keys: parseSigningKeys(spec) };
  return cached.keys;
}
