// Demo processing activities for the records of processing (ADR 0031): what a B2B SaaS provider does with
// its customers' data, linked to the demo data systems (seed-breach-history.ts, seed-dsr-systems.ts). One
// activity has a history (its purpose was widened 30 days ago), so the records of an earlier date differ.
// Idempotent: nothing is written when any activity exists.
import { recordAudit, SYSTEM_ACTOR } from "../lib/audit/record.ts";
import { db } from "../lib/db/client.ts";

const DAY = 86_400_000;

type DemoActivity = {
  name: string;
  purpose: string;
  processingCategories: string[];
  dataCategories: string[];
  dataSubjectCategories: string[];
  systemKeys: string[];
  /** An earlier version, valid from 120 days ago until 30 days ago. */
  earlier?: { purpose: string; systemKeys: string[] };
};

export const DEMO_ACTIVITIES: readonly DemoActivity[] = [
  {
    name: "Hosting of the customer's product data",
    purpose: "Storing, serving and deleting the data the customer's users enter into the product.",
    processingCategories: ["Storage", "Retrieval", "Alteration", "Erasure"],
    dataCategories: ["Account data (name, email address)", "Content the users create", "Order records"],
    dataSubjectCategories: ["The customer's employees", "The customer's end customers"],
    systemKeys: ["product-database"],
  },
  {
    name: "Product analytics events",
    purpose: "Recording how the product is used to show the customer usage reports and to fix faults.",
    processingCategories: ["Collection", "Storage", "Aggregation", "Erasure"],
    dataCategories: ["Pseudonymous user identifier", "Usage events", "IP address (shortened)"],
    dataSubjectCategories: ["The customer's users"],
    systemKeys: ["analytics-events", "event-ingest", "analytics-warehouse"],
    earlier: {
      purpose: "Recording how the product is used to fix faults.",
      systemKeys: ["analytics-events", "event-ingest"],
    },
  },
  {
    name: "Reporting API",
    purpose: "Providing the customer's reports through the reporting API.",
    processingCategories: ["Retrieval", "Disclosure by transmission to the customer"],
    dataCategories: ["Aggregated usage data", "Pseudonymous user identifier"],
    dataSubjectCategories: ["The customer's users"],
    systemKeys: ["reporting-api"],
  },
  {
    name: "Backups",
    purpose: "Encrypted backups to restore the service after a fault; kept for 35 days.",
    processingCategories: ["Copying", "Storage", "Restoration", "Erasure"],
    dataCategories: ["All data held in the product database and the analytics warehouse"],
    dataSubjectCategories: ["The customer's employees", "The customer's end customers"],
    systemKeys: ["product-database", "analytics-warehouse"],
  },
  {
    name: "Customer support",
    purpose: "Answering the customer's support requests, looking up records only when the customer asks.",
    processingCategories: ["Consultation", "Alteration on the customer's instruction"],
    dataCategories: ["Account data (name, email address)", "Content named in the request"],
    dataSubjectCategories: ["The customer's employees"],
    systemKeys: ["product-database"],
  },
  {
    name: "Email delivery",
    purpose:
      "Sending the product's transactional emails (sign-in links, notifications) to the customer's users.",
    processingCategories: ["Use", "Disclosure by transmission to the email service"],
    dataCategories: ["Email address", "Name", "Message content"],
    dataSubjectCategories: ["The customer's employees", "The customer's end customers"],
    systemKeys: ["product-database"],
  },
];

export async function seedProcessingActivities(now: Date): Promise<{ created: number }> {
  if ((await db.processingActivity.count()) > 0) return { created: 0 };
  const start = new Date(now.getTime() - 120 * DAY);
  const edited = new Date(now.getTime() - 30 * DAY);
  await db.$transaction(async (tx) => {
    for (const demo of DEMO_ACTIVITIES) {
      const { earlier, ...content } = demo;
      const activity = await tx.processingActivity.create({
        data: { createdAt: start },
        select: { id: true },
      });
      if (earlier) {
        await tx.processingActivityVersion.create({
          data: {
            activityId: activity.id,
            version: 1,
            ...content,
            ...earlier,
            validFrom: start,
            validUntil: edited,
          },
        });
        await tx.processingActivityVersion.create({
          data: { activityId: activity.id, version: 2, ...content, validFrom: edited },
        });
      } else {
        await tx.processingActivityVersion.create({
          data: { activityId: activity.id, version: 1, ...content, validFrom: start },
        });
      }
    }
    await recordAudit(
      {
        actor: SYSTEM_ACTOR,
        action: "seed.records.activities.created",
        metadata: { activities: DEMO_ACTIVITIES.length },
      },
      { tx },
    );
  });
  return { created: DEMO_ACTIVITIES.length };
}
