-- CreateTable
CREATE TABLE "AuditPruneCheckpoint" (
    "id" TEXT NOT NULL,
    "chain" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "lastEventAt" TIMESTAMPTZ(3) NOT NULL,
    "removed" INTEGER NOT NULL,
    "keyId" TEXT NOT NULL,
    "envelope" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AuditPruneCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "id" TEXT NOT NULL,
    "chain" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "envelope" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditPruneCheckpoint_chain_seq_key" ON "AuditPruneCheckpoint"("chain", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "AuditChainHead_chain_seq_key" ON "AuditChainHead"("chain", "seq");

-- Least privilege and checkpointed pruning of the audit log (ADR 0025).
--
-- The application connects as its own role (scripts/run.ts, lib/db/app-role.ts): it may read and append audit
-- events but has no UPDATE/DELETE/TRUNCATE on "AuditEvent" and owns no table, so it can neither disable nor
-- drop the triggers below. The one way to remove events is audit_prune_prefix: a SECURITY DEFINER function,
-- owned by the migrating role, that removes a whole prefix of one chain behind a signed checkpoint it keeps.

-- A DELETE passes the append-only trigger only while audit_prune_prefix runs (the current user is then the
-- table's owner, never the application's role) and only for the prefix it names.
CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('article28.audit_prune_chain', true) = OLD.chain
     AND OLD.seq <= nullif(current_setting('article28.audit_prune_through', true), '')::integer
     AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Removes events #1..p_seq of p_chain (whatever of them is left) behind the signed checkpoint p_envelope,
-- whose payload must name this chain, this seq and the stored event's hash. Refuses an event younger than
-- 30 days (a floor below every retention period staff may set) and the newest event of a chain (the chain
-- continues from it). The signature itself is checked by every verification (lib/audit/verify.ts); the
-- checkpoint row stays, so a prune with a forged signature is found, not hidden.
CREATE FUNCTION audit_prune_prefix(p_chain text, p_seq integer, p_envelope text)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  envelope jsonb := p_envelope::jsonb;
  doc jsonb;
  last_hash text;
  last_at timestamptz(3);
  removed integer;
BEGIN
  doc := convert_from(decode(envelope->>'payload', 'base64'), 'UTF8')::jsonb;
  IF doc->>'type' IS DISTINCT FROM 'article28.audit-prune-checkpoint'
     OR doc->>'chain' IS DISTINCT FROM p_chain
     OR (doc->>'seq')::integer IS DISTINCT FROM p_seq THEN
    RAISE EXCEPTION 'audit_prune_prefix: the checkpoint does not name chain % up to #%', p_chain, p_seq
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended(p_chain, 0));
  SELECT hash, "createdAt" INTO last_hash, last_at FROM "AuditEvent" WHERE chain = p_chain AND seq = p_seq;
  IF NOT FOUND OR last_hash IS DISTINCT FROM doc->>'hash' THEN
    RAISE EXCEPTION 'audit_prune_prefix: event #% of % is not the one the checkpoint names', p_seq, p_chain
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF last_at > now() - interval '30 days' THEN
    RAISE EXCEPTION 'audit_prune_prefix: event #% of % is younger than 30 days', p_seq, p_chain
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "AuditEvent" WHERE chain = p_chain AND seq > p_seq) THEN
    RAISE EXCEPTION 'audit_prune_prefix: the newest event of % is kept', p_chain
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT count(*) INTO removed FROM "AuditEvent" WHERE chain = p_chain AND seq <= p_seq;
  INSERT INTO "AuditPruneCheckpoint" (id, chain, seq, hash, "lastEventAt", removed, "keyId", envelope, "createdAt")
  VALUES (gen_random_uuid()::text, p_chain, p_seq, last_hash, last_at, removed, envelope->>'keyId', p_envelope, now());
  PERFORM set_config('article28.audit_prune_chain', p_chain, true);
  PERFORM set_config('article28.audit_prune_through', p_seq::text, true);
  DELETE FROM "AuditEvent" WHERE chain = p_chain AND seq <= p_seq;
  PERFORM set_config('article28.audit_prune_chain', '', true);
  PERFORM set_config('article28.audit_prune_through', '', true);
  -- Heads of the removed prefix name events that are gone on purpose; the checkpoint speaks for them.
  DELETE FROM "AuditChainHead" WHERE chain = p_chain AND seq <= p_seq;
  RETURN removed;
END;
$$;

REVOKE ALL ON FUNCTION audit_prune_prefix(text, integer, text) FROM PUBLIC;
