// Where this process serves HTTP, for a crawl of its own public pages (the staff download): the address
// scripts/run.ts listens on (HOST, PORT), with a wildcard address read as loopback.
export function ownOrigin(env: Record<string, string | undefined> = process.env): string {
  const host = !env.HOST || env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  return `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT ?? "3000"}`;
}
