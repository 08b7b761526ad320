import type { Metadata } from "next";
import { ActionButton } from "@/app/_components/action-button";
import { Badge, DateTime, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { listMySessions } from "@/lib/auth/sessions/my-sessions";
import { loadPage } from "@/lib/http/page";
import { revokeOtherSessionsAction, revokeSessionAction } from "./actions";

export const metadata: Metadata = { title: "Sessions" };

const METHOD_LABELS = { PASSWORD: "Password", MAGIC_LINK: "Email link", SSO: "Microsoft" } as const;

export default async function SessionsPage() {
  const sessions = await loadPage((ctx) => listMySessions(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Sessions"
        description="Where you are signed in. Sign out any session you do not recognise, then change your password."
        actions={
          sessions.length > 1 && (
            <ActionButton
              action={revokeOtherSessionsAction}
              label="Sign out all other sessions"
              variant="danger"
            />
          )
        }
      />
      <Table caption="Your active sessions" hideCaption>
        <THead>
          <Tr>
            <Th>Device</Th>
            <Th>IP address</Th>
            <Th>Signed in with</Th>
            <Th>Signed in</Th>
            <Th>Last active</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </Tr>
        </THead>
        <TBody>
          {sessions.map((s) => (
            <Tr key={s.id} data-testid="session-row">
              <Td>
                {s.device} {s.current && <Badge tone="success">This device</Badge>}
              </Td>
              <Td className="font-mono text-sm">{s.ip ?? "—"}</Td>
              <Td>{METHOD_LABELS[s.method]}</Td>
              <Td>
                <DateTime value={s.createdAt} />
              </Td>
              <Td>
                <DateTime value={s.lastSeenAt} />
              </Td>
              <Td>
                <ActionButton
                  action={revokeSessionAction}
                  fields={{ sessionId: s.id }}
                  label={s.current ? "Sign out" : "Revoke"}
                  variant="ghost"
                />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
