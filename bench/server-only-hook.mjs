// For bench processes that load route handlers outside Next.js without the react-server condition (under
// it, React lacks what next/navigation needs at import time): `server-only` resolves to its empty module,
// as in vitest.config.ts. Loaded with `--import ./bench/server-only-hook.mjs`.
import { register } from "node:module";

const hook = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only")
    return { url: ${JSON.stringify(new URL("../node_modules/server-only/empty.js", import.meta.url).href)}, shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
