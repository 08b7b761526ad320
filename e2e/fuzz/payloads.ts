// What the fuzzer sends (issue 15 part 3): arbitrary values of every JSON type, nested, with prototype keys
// (__proto__, constructor), React's reply markers ($K1, $@0), hostile Unicode (lib/testing/hostile-text.ts),
// and sizes from empty to 200 KB — as a server action's argument list (text/plain, as React sends it) or as a
// form (multipart, as a <form action> sends it), and as a route handler's query and body.
import fc from "fast-check";
import { hostileText } from "../../lib/testing/hostile-text.ts";

const specialText = fc.constantFrom(
  "",
  "$K1",
  "$@0",
  "$F0",
  "$Q",
  "$undefined",
  "$D2026-13-45",
  "null",
  "\u0000",
  "😀".repeat(2_000),
  "a".repeat(200_000),
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
);
const text = fc.oneof(fc.string({ maxLength: 40 }), hostileText, specialText);
const key = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "then",
    "id",
    "organizationId",
    "role",
  ),
  fc.string({ maxLength: 12 }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
}));

export type Body = { kind: "json"; text: string } | { kind: "form"; fields: [string, string][] };

export const body: fc.Arbitrary<Body> = fc.oneof(
  fc.array(value, { maxLength: 3 }).map((args) => ({ kind: "json" as const, text: JSON.stringify(args) })),
  fc.array(fc.tuple(key, text), { maxLength: 6 }).map((fields) => ({ kind: "form" as const, fields })),
);

export const query = fc
  .array(
    fc.tuple(
      key,
      text.filter((t) => t.length < 2_000),
    ),
    { maxLength: 3 },
  )
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs)}` : ""));

/** As a route handler's body: the JSON text, or the fields as a multipart form. */
export function encode(payload: Body): { body: string | FormData; type?: string } {
  if (payload.kind === "json") return { body: payload.text, type: "text/plain;charset=UTF-8" };
  const form = new FormData();
  for (const [name, value] of payload.fields) form.append(name, value);
  return { body: form };
}

/**
 * As React encodes a server action's arguments (its reply format): a JSON argument list whose strings
 * beginning with "$" are escaped, or (prevState, FormData) as a multipart body whose root "0" refers to the
 * form's fields. Malformed framing is Next's to refuse; what is fuzzed is what an action receives.
 */
export function encodeAction(payload: Body): { body: string | FormData; type?: string } {
  if (payload.kind === "form") {
    const form = new FormData();
    form.append("0", JSON.stringify(["$undefined", "$K1"]));
    for (const [name, value] of payload.fields) form.append(`1_${name}`, value);
    return { body: form };
  }
  const escaped = JSON.stringify(JSON.parse(payload.text), (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("$") ? `$${value}` : value,
  );
  return { body: escaped, type: "text/plain;charset=UTF-8" };
}
