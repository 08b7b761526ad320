// The systems this service plays (each its own endpoint and secret): the product database (accounts and
// orders) and the analytics event store, which hold records about the customers' end users; and the two
// systems of the breach demo that hold the seeded organisations' data only in aggregate or for hours (the
// analytics warehouse, the event ingest buffer), so they answer "not found" for a subject. Which tables each
// holds, the columns it exports, and the subprocessors it passes changes on to (A14).
export type TableSpec = { name: string; columns: readonly string[]; hasExternalId: boolean };

export type SystemSpec = {
  key: string;
  tables: readonly TableSpec[];
  /** Fields a rectification may change, by table. */
  correctable: Readonly<Record<string, readonly string[]>>;
  recipients: readonly string[];
};

export const SYSTEMS: Readonly<Record<string, SystemSpec>> = {
  "product-database": {
    key: "product-database",
    tables: [
      {
        name: "accounts",
        columns: ["external_id", "email", "name", "plan", "locale", "restricted", "objected", "created_at"],
        hasExternalId: true,
      },
      {
        name: "orders",
        columns: ["order_number", "total_cents", "currency", "placed_at", "restricted"],
        hasExternalId: false,
      },
    ],
    correctable: { accounts: ["name", "email", "locale", "plan"], orders: ["email"] },
    recipients: ["Postmark (transactional email)"],
  },
  "analytics-events": {
    key: "analytics-events",
    tables: [
      {
        name: "events",
        columns: ["external_id", "email", "event", "page", "occurred_at", "restricted", "objected"],
        hasExternalId: true,
      },
    ],
    correctable: { events: ["email"] },
    recipients: [],
  },
  "analytics-warehouse": { key: "analytics-warehouse", tables: [], correctable: {}, recipients: [] },
  "event-ingest": { key: "event-ingest", tables: [], correctable: {}, recipients: [] },
};
