// Tests only (./server-action-kill.integration.test.ts): the "send notice" server action's service run in
// a process of its own, so a test can SIGKILL it mid-transaction. Acts through the session named in
// SESSION_ID, as the action would for a signed-in staff member; prints the result as one JSON line.
import { disconnectDb } from "../../db/client.ts";
import { sendNoticePhase } from "../../incidents/notices/send.ts";
import { stopBoss } from "../boss.ts";
import { contextForSession } from "../../testing/context.ts";

const { SESSION_ID, INCIDENT_ID, PHASE_ID } = process.env;
if (!SESSION_ID || !INCIDENT_ID || !PHASE_ID) throw new Error("SESSION_ID, INCIDENT_ID and PHASE_ID needed");

const ctx = await contextForSession(SESSION_ID);
console.log(`[send-notice ${process.pid}] sending`);
const result = await sendNoticePhase(ctx, { incidentId: INCIDENT_ID, phaseId: PHASE_ID });
console.log(JSON.stringify(result));
await stopBoss();
await disconnectDb();
