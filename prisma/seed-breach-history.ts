// What the breach demo seeds (prisma/seed-breach.ts): the provider's data systems and the register of
// the last months, written as the provider's staff would have recorded it. Times are relative to the
// seed run: days before it for awareness, hours after awareness for everything that followed.
import type { BreachDetermination, IncidentStatus } from "../lib/generated/prisma/enums.ts";
import type { NoticeItemKey, NoticeItemValues } from "../lib/incidents/notices/items.ts";
import { computeSeverity, type SeverityInput } from "../lib/incidents/severity.ts";

export const DEMO_SYSTEMS = [
  {
    key: "analytics-warehouse",
    name: "Analytics warehouse",
    description: "Columnar store with customers' aggregated event data.",
    organizations: ["acme", "globex"],
  },
  {
    key: "event-ingest",
    name: "Event ingest",
    description: "Collects raw events from customers' sites and apps.",
    organizations: ["acme"],
  },
  {
    key: "reporting-api",
    name: "Reporting API",
    description: "Serves dashboards and scheduled reports.",
    organizations: ["globex", "initech"],
  },
];

export type DemoAssessment = {
  afterHours: number;
  inputs: Omit<SeverityInput, "specialCategory"> & { score: number; band: string };
  notes: string;
};

export type DemoNotification = {
  organization: string;
  sentBy: string;
  phases: { sentAfterHours: number; summary: string; items: NoticeItemValues }[];
  /** Items phase 1 sent as "not yet known" and phase 2 answered. */
  followUps: NoticeItemKey[];
  acknowledgedBy: string;
  acknowledgedAfterHours: number;
  authority: { notifiedAfterHours: number; timeZone: string; reference: string };
};

export type DemoIncident = {
  title: string;
  description: string;
  awareDaysAgo: number;
  detectedHoursBeforeAwareness: number;
  dataCategories: readonly string[];
  systems: readonly string[];
  status: IncidentStatus;
  closedAfterHours?: number;
  determination: BreachDetermination;
  reasoning: string;
  determinedBy?: string;
  determinedAfterHours?: number;
  recordedBy: string;
  assessments: DemoAssessment[];
  notification?: DemoNotification;
};

const SECURITY = "security@northwind.example";
const ADMIN = "admin@northwind.example";

function assessed(
  afterHours: number,
  input: Omit<SeverityInput, "specialCategory">,
  notes: string,
): DemoAssessment {
  const { score, band } = computeSeverity(input);
  return { afterHours, inputs: { ...input, score, band }, notes };
}

export const DEMO_INCIDENTS: readonly DemoIncident[] = [
  {
    title: "Phishing emails to the support team imitating our sign-in page",
    description:
      "Six support staff received emails imitating our identity provider's sign-in page. One person opened the link and closed the page without entering anything. The sending domain was blocked and the emails removed from every mailbox.",
    awareDaysAgo: 190,
    detectedHoursBeforeAwareness: 0.5,
    dataCategories: [],
    systems: [],
    status: "CLOSED",
    closedAfterHours: 30,
    determination: "NOT_PERSONAL_DATA_BREACH",
    reasoning:
      "No credentials were entered (the identity provider's sign-in log and the web proxy log show no submission from the one person who opened the link), and no account, system or personal data was accessed. An attempted attack without any access is not a personal-data breach (Art. 4(12)).",
    determinedBy: SECURITY,
    determinedAfterHours: 5,
    recordedBy: SECURITY,
    assessments: [],
  },
  {
    title: "Staging log bucket publicly readable for 40 minutes",
    description:
      "A storage bucket with staging logs of the event-ingest service was made public by a misconfigured deployment and closed 40 minutes later.",
    awareDaysAgo: 150,
    detectedHoursBeforeAwareness: 0.25,
    dataCategories: [],
    systems: ["event-ingest"],
    status: "CLOSED",
    closedAfterHours: 54,
    determination: "NOT_NOTIFIABLE",
    reasoning:
      "The bucket held only load-test logs generated with synthetic accounts; no customer's personal data was present (verified by sampling all 412 files). The exposure lasted 40 minutes and access logs show no downloads. Unlikely to result in a risk to the rights and freedoms of natural persons, so not notifiable (Art. 33(1)).",
    determinedBy: SECURITY,
    determinedAfterHours: 5,
    recordedBy: SECURITY,
    assessments: [
      assessed(
        1.5,
        { dpc: 1, ei: 0.25, cbConfidentiality: 0.25, cbIntegrity: 0, cbAvailability: 0, cbMalicious: false },
        "Synthetic data only.",
      ),
    ],
  },
  {
    title: "Weekly usage report emailed to a former Globex employee",
    description:
      "The scheduled weekly usage report of Globex Health went to the address of a Globex employee who had left the company; the address was still on the report's recipient list. The report listed names, email addresses and usage figures of the users of Globex's patient app.",
    awareDaysAgo: 75,
    detectedHoursBeforeAwareness: 2,
    dataCategories: ["contact", "behavioural"],
    systems: ["reporting-api"],
    status: "CLOSED",
    closedAfterHours: 14 * 24,
    determination: "PERSONAL_DATA_BREACH",
    reasoning:
      "Names, email addresses and usage figures of about 340 people were disclosed to one person no longer entitled to them: a breach of confidentiality, notified to Globex as controller. One known recipient who confirmed deletion makes a high risk to the people unlikely (no Art. 34 communication).",
    determinedBy: SECURITY,
    determinedAfterHours: 6,
    recordedBy: SECURITY,
    assessments: [
      assessed(
        4,
        { dpc: 2, ei: 1, cbConfidentiality: 0.25, cbIntegrity: 0, cbAvailability: 0, cbMalicious: false },
        "One known recipient outside the customer; no sign of further disclosure.",
      ),
    ],
    notification: {
      organization: "globex",
      sentBy: SECURITY,
      followUps: ["likelyConsequences"],
      phases: [
        {
          sentAfterHours: 20,
          summary: "",
          items: {
            nature:
              "The weekly usage report of your account was emailed to a former employee of yours whose address was still on the report's recipient list. The email left our systems; its recipient is one known person.",
            dataSubjects: "About 340 users of your patient app",
            records: "About 340 rows: name, email address, number of sessions and last sign-in date",
            contactPoint: "Dr. Lena Vogel, dpo@northwind.example",
            likelyConsequences: null,
            measures:
              "The recipient was removed from the list and the report schedule paused. We asked the recipient to delete the email and confirm it in writing.",
          },
        },
        {
          sentAfterHours: 70,
          summary: "The former employee confirmed in writing that the email was deleted unread.",
          items: {
            nature:
              "The weekly usage report of your account was emailed to a former employee of yours whose address was still on the report's recipient list. The email left our systems; its recipient is one known person.",
            dataSubjects: "About 340 users of your patient app",
            records: "342 rows: name, email address, number of sessions and last sign-in date",
            contactPoint: "Dr. Lena Vogel, dpo@northwind.example",
            likelyConsequences:
              "Low: one known recipient who confirmed deletion; we found no sign that the report was passed on.",
            measures:
              "Before every run, scheduled reports are now sent only to addresses of your current portal members; the schedule is running again.",
          },
        },
      ],
      acknowledgedBy: "admin@globex.example",
      acknowledgedAfterHours: 23,
      authority: { notifiedAfterHours: 44, timeZone: "Europe/Berlin", reference: "HmbBfDI-DSB-24117" },
    },
  },
  {
    title: "Unusual export volume from one analytics workspace",
    description:
      "An API key of one workspace exported about forty times its usual event volume overnight. The key was revoked; we are establishing whether the exports were made by the customer's own integration.",
    awareDaysAgo: 2,
    detectedHoursBeforeAwareness: 3,
    dataCategories: ["behavioural"],
    systems: ["analytics-warehouse"],
    status: "INVESTIGATING",
    determination: "UNDETERMINED",
    reasoning: "",
    recordedBy: ADMIN,
    assessments: [],
  },
];
