-- CreateIndex
CREATE INDEX "AuditEvent_chain_action_seq_idx" ON "AuditEvent"("chain", "action", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_chain_actorLabel_seq_idx" ON "AuditEvent"("chain", "actorLabel", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_chain_createdAt_idx" ON "AuditEvent"("chain", "createdAt");
