// Every server action and route handler of the production build, read from its manifests (so a new one is
// fuzzed without anyone listing it), each with a concrete URL: route groups dropped, [org] the victim's
// organisation, [locale] "en", any other parameter a made-up id.
import { readFileSync } from "node:fs";
import path from "node:path";

export type ActionEndpoint = { id: string; name: string; url: string };
export type RouteEndpoint = { name: string; url: string };

const SERVER = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server");
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(SERVER, file), "utf8")) as T;

export function concreteUrl(route: string, victimOrg: string): string {
  const url = route
    .replace(/^app/, "")
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      if (segment === "[org]") return victimOrg;
      if (segment === "[locale]") return "en";
      if (segment.startsWith("[...")) return "session";
      if (segment.startsWith("[")) return "cm0fuzz0000000000000000000";
      return segment;
    })
    .join("/");
  return url || "/";
}

export function serverActions(victimOrg: string): ActionEndpoint[] {
  const manifest = read<{
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  }>("server-reference-manifest.json");
  return Object.entries(manifest.node).map(([id, action]) => ({
    id,
    name: `${action.filename}#${action.exportedName}`,
    url: concreteUrl(Object.keys(action.workers)[0]!, victimOrg),
  }));
}

export function routeHandlers(victimOrg: string): RouteEndpoint[] {
  const manifest = read<Record<string, string>>("app-paths-manifest.json");
  return Object.keys(manifest)
    .filter((route) => route.endsWith("/route"))
    .map((route) => ({ name: route, url: concreteUrl(route, victimOrg) }));
}
