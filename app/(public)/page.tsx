import { Badge, Card } from "@/app/_ui";

// Static: the public trust center is prerendered and never queries the database per visit.
export const dynamic = "force-static";

const HIGHLIGHTS = ["Data hosted in the EU", "Encryption at rest and in transit", "MFA and SSO", "Breach notice within the contractual window"];

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-semibold tracking-tight">Security, privacy and compliance</h1>
        <p className="max-w-2xl text-lg text-gray-700">
          How we protect the personal data we process on behalf of our customers: our security measures, subprocessors,
          data processing agreement and compliance roadmap.
        </p>
        <ul className="flex flex-wrap gap-2" aria-label="Highlights">
          {HIGHLIGHTS.map((h) => (
            <li key={h}>
              <Badge tone="info">{h}</Badge>
            </li>
          ))}
        </ul>
      </section>
      <Card title="Customers">
        <p className="text-gray-700">
          Signed-in customers receive breach notifications, file data-subject requests, accept the DPA and manage
          their organisation in the customer portal.
        </p>
      </Card>
    </div>
  );
}
