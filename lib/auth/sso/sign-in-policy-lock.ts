import "server-only";
// One change at a time to what decides whether an organisation's members can get in: its "Microsoft
// sign-in only" policy and allow-list (lib/organizations/security-policy.ts) and its Microsoft connection
// (connection.ts). Each reads the other's state inside this lock, so an owner requiring Microsoft sign-in
// and someone switching the connection off at the same moment cannot both succeed (S23).
import type { Tx } from "../../db/client.ts";

export async function lockSignInPolicy(tx: Tx, organizationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in-policy:${organizationId}`}, 0))`;
}
