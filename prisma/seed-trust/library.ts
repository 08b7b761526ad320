// Demo document library: the click-through NDA (version 1 in English and German from nda.*.md), the
// two gated documents of gated-documents.json as realistic multi-page PDFs generated here (a
// penetration-test summary letter and a CAIQ questionnaire excerpt), one public "Security whitepaper"
// made from the security overview, and an AUTO_APPROVE rule for acme.example (30 days) as a demo.
// refuseFreeMailDomains is left as it is (false by default). Idempotent: what exists is kept.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { recordAudit, SYSTEM_ACTOR } from "../../lib/audit/record.ts";
import { db } from "../../lib/db/client.ts";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { renderDocumentPdf } from "../../lib/pdf/document-pdf.ts";
import { contentHash } from "../../lib/trust/documents/content-hash.ts";
import { sha256Hex } from "../../lib/crypto/sha256.ts";
import { libraryFileName } from "../../lib/trust/library/slug.ts";
import { recordTrustUpdate } from "../../lib/trust/updates.ts";
import { renderStructuredPdf, type PdfBlock } from "./demo-pdf.ts";

const content = (file: string) => readFileSync(new URL(`../seed-content/${file}`, import.meta.url), "utf8");

const gatedDocuments = z.array(z.strictObject({ slug: z.string(), title: z.string(), titleDe: z.string(), description: z.string(), descriptionDe: z.string() }));

export const DEMO_RULE_DOMAIN = "acme.example";
const SEEDED_AT = new Date("2026-04-20T09:00:00Z");
const FOOTER = "Confidential · Northwind Analytics GmbH";

export async function seedLibrary(): Promise<void> {
  await seedNda();
  await seedDocuments();
  await seedDemoRule();
}

/** "## Title\n\nbody" -> title and body (the page shows the title above the text). */
export function splitNda(markdown: string): { title: string; body: string } {
  const [first = "", ...rest] = markdown.trim().split(/\r?\n/);
  const title = first.replace(/^#+\s*/, "").trim();
  return { title, body: rest.join("\n").trim() };
}

async function seedNda(): Promise<void> {
  for (const locale of LOCALES) {
    if ((await db.ndaTemplate.count({ where: { locale } })) > 0) continue;
    const { title, body } = splitNda(content(`nda.${locale}.md`));
    await db.$transaction(async (tx) => {
      const template = await tx.ndaTemplate.create({ data: { locale, version: 1, title, body, contentHash: sha256Hex(body) }, select: { id: true, contentHash: true } });
      await recordAudit({ actor: SYSTEM_ACTOR, action: "seed.nda.published", target: { type: "NdaTemplate", id: template.id }, metadata: { locale, version: 1, contentHash: template.contentHash } }, { tx });
    });
  }
}

type SeedDocument = { slug: string; title: string; titleDe: string; description: string; descriptionDe: string; gated: boolean; render: () => Promise<Uint8Array> };

function seedDocumentList(): SeedDocument[] {
  const [pentest, caiq] = gatedDocuments.parse(JSON.parse(content("gated-documents.json")));
  return [
    { ...pentest!, gated: true, render: pentestLetter },
    { ...caiq!, gated: true, render: caiqExcerpt },
    {
      slug: "security-whitepaper",
      title: "Security whitepaper",
      titleDe: "Sicherheits-Whitepaper",
      description: "Our security overview as a PDF to file with your vendor assessment: data location, encryption, access control, tenant isolation, audit logging, incident response and how we support you as a controller.",
      descriptionDe: "Unsere Sicherheitsübersicht als PDF für Ihre Lieferantenbewertung: Datenspeicherort, Verschlüsselung, Zugriffskontrolle, Mandantentrennung, Audit-Protokollierung, Vorfallsreaktion und wie wir Sie als Verantwortlichen unterstützen.",
      gated: false,
      render: whitepaper,
    },
  ];
}

async function seedDocuments(): Promise<void> {
  const created: string[] = [];
  for (const document of seedDocumentList()) {
    if (await db.libraryDocument.findUnique({ where: { slug: document.slug }, select: { id: true } })) continue;
    const bytes = await document.render();
    const { render: _render, ...metadata } = document;
    await db.$transaction(async (tx) => {
      const row = await tx.libraryDocument.create({
        data: { ...metadata, fileName: libraryFileName(document.slug), contentType: "application/pdf", sizeBytes: bytes.byteLength, sha256: sha256Hex(bytes), data: Buffer.from(bytes) },
        select: { id: true },
      });
      await recordAudit(
        { actor: SYSTEM_ACTOR, action: "seed.library.document.created", target: { type: "LibraryDocument", id: row.id }, metadata: { slug: document.slug, gated: document.gated, sha256: sha256Hex(bytes) } },
        { tx },
      );
    });
    created.push(document.title);
  }
  if (created.length > 0) {
    await db.$transaction((tx) =>
      recordTrustUpdate(tx, {
        topic: "DOCUMENT",
        path: "/documents",
        title: "Security documents available",
        titleDe: "Sicherheitsunterlagen verfügbar",
        summary: "Our security whitepaper is available for download; the penetration test summary and the CAIQ questionnaire can be requested under NDA.",
        summaryDe: "Unser Sicherheits-Whitepaper steht zum Download bereit; die Zusammenfassung des Penetrationstests und der CAIQ-Fragebogen können unter Vertraulichkeitsvereinbarung angefordert werden.",
      }),
    );
  }
}

async function seedDemoRule(): Promise<void> {
  if (await db.accessRule.findUnique({ where: { domain: DEMO_RULE_DOMAIN }, select: { id: true } })) return;
  await db.$transaction(async (tx) => {
    const rule = await tx.accessRule.create({ data: { domain: DEMO_RULE_DOMAIN, action: "AUTO_APPROVE", grantDays: 30 }, select: { id: true } });
    await recordAudit({ actor: SYSTEM_ACTOR, action: "seed.access.rule.created", target: { type: "AccessRule", id: rule.id }, metadata: { domain: DEMO_RULE_DOMAIN, action: "AUTO_APPROVE", grantDays: 30 } }, { tx });
  });
}

// --- The demo PDFs ---------------------------------------------------------------------------------

/** The security overview as a paper, laid out like the DPA PDF (lib/pdf/document-pdf.ts). */
function whitepaper(): Promise<Uint8Array> {
  const body = content("security-overview.en.md");
  return renderDocumentPdf({
    locale: "en",
    provider: { legalName: "Northwind Analytics GmbH", address: "Friedrichstraße 123, 10117 Berlin, Germany", dpoName: "Dr. Lena Vogel", dpoEmail: "dpo@northwind.example" },
    title: "Security whitepaper",
    version: 1,
    effectiveDate: SEEDED_AT,
    publishedAt: SEEDED_AT,
    contentHash: contentHash(body),
    body,
  });
}

function pentestLetter(): Promise<Uint8Array> {
  const blocks: PdfBlock[] = [
    { kind: "paragraph", text: "Sentinel Point Security GmbH · Hafenstraße 17 · 20457 Hamburg · Germany", muted: true },
    { kind: "paragraph", text: "To: Northwind Analytics GmbH, Information Security, Friedrichstraße 123, 10117 Berlin, Germany", muted: true },
    { kind: "paragraph", text: "Hamburg, 20 April 2026" },
    { kind: "heading", text: "Summary letter: external penetration test 2026" },
    {
      kind: "paragraph",
      text: "Sentinel Point Security GmbH was engaged by Northwind Analytics GmbH to carry out an independent penetration test of the Northwind analytics platform, its public APIs and the controls that separate customer organisations from one another. This letter summarises the scope, the approach and the results of the engagement, including the status of remediation as verified in our retest. It does not replace the full technical report, which Northwind makes available to customers on request.",
    },
    {
      kind: "fields",
      rows: [
        ["Engagement", "SPS-2026-0142"],
        ["Test period", "9 March 2026 – 27 March 2026 (15 working days)"],
        ["Retest", "8 April 2026 – 14 April 2026"],
        ["Approach", "Grey box: authenticated testing with accounts of every customer and staff role, architecture documentation provided"],
        ["Team", "Three testers (OSCP, OSWE, CREST CRT); lead tester Jonas Albrecht"],
        ["Standards", "OWASP Web Security Testing Guide 4.2, OWASP ASVS 4.0.3 level 2, OWASP API Security Top 10 (2023), PTES"],
        ["Environment", "Dedicated pre-production environment identical to production (same build, configuration and infrastructure code), plus the external perimeter of production"],
      ],
    },
    { kind: "heading", text: "1. Scope" },
    {
      kind: "bullets",
      items: [
        "Web application app.northwind.example: customer portal, dashboards, report builder, exports and administration of customer organisations.",
        "REST API api.northwind.example (v2), including token handling, pagination and bulk export endpoints (142 operations).",
        "Tenant isolation: two dedicated test organisations with users in every role, attempting to read or change the other organisation's data through the interface, the API and exports.",
        "Authentication: password sign-in with TOTP, password reset, magic links, Microsoft Entra ID single sign-on (OpenID Connect) and session management.",
        "Staff console: support and administration functions, audit log, impersonation safeguards.",
        "External perimeter of production: 14 public IP addresses and 9 host names (TLS configuration, exposed services, e-mail security records).",
      ],
    },
    { kind: "paragraph", text: "Out of scope: denial-of-service testing, social engineering of Northwind staff, physical security, and the infrastructure of Northwind's subprocessors." },
    { kind: "heading", text: "2. Methodology" },
    {
      kind: "paragraph",
      text: "Each area was tested manually, supported by automated scanning (Burp Suite Professional, custom scripts for the API and for cross-tenant test cases, testssl.sh, nuclei). Test cases followed the OWASP Web Security Testing Guide and the verification requirements of ASVS level 2; API endpoints were additionally tested against the OWASP API Security Top 10. Findings were rated with CVSS v3.1 base scores and mapped to a severity of Critical, High, Medium, Low or Informational.",
    },
    {
      kind: "bullets",
      items: [
        "Authorisation: every API operation and every page was called with each role of each organisation and without a session; 1,184 authorisation test cases in total.",
        "Tenant isolation: 214 targeted attempts to reach another organisation's records by identifier manipulation, export parameters, search, cached responses and race conditions.",
        "Input handling: injection (SQL, NoSQL, template, header, CSV/formula), stored and reflected cross-site scripting, file upload handling and server-side request forgery.",
        "Session and authentication: cookie attributes, fixation, revocation after password and MFA changes, brute-force throttling, OIDC state, nonce and audience checks.",
        "Configuration: security headers and content security policy, TLS, error handling, dependency versions and exposed debug interfaces.",
      ],
    },
    { kind: "heading", text: "3. Findings by severity" },
    {
      kind: "table",
      columns: [
        { header: "Severity", width: 2 },
        { header: "Found", width: 1 },
        { header: "Fixed and retested", width: 2 },
        { header: "Risk accepted", width: 1.6 },
        { header: "Open", width: 1 },
      ],
      rows: [
        ["Critical", "0", "0", "0", "0"],
        ["High", "1", "1", "0", "0"],
        ["Medium", "3", "3", "0", "0"],
        ["Low", "4", "3", "1", "0"],
        ["Informational", "5", "2", "3", "0"],
        ["Total", "13", "9", "4", "0"],
      ],
    },
    { kind: "heading", text: "4. Findings and remediation status" },
    {
      kind: "table",
      columns: [
        { header: "ID", width: 1.3 },
        { header: "Finding", width: 5 },
        { header: "Severity (CVSS)", width: 1.8 },
        { header: "Status", width: 2.6 },
      ],
      rows: [
        ["NW26-01", "Stored cross-site scripting in the title of a shared report, executed in the export preview of another user of the same organisation.", "High (7.3)", "Fixed 2 April 2026; retest passed"],
        ["NW26-02", "Bulk export endpoint accepted a page size of up to 100,000 rows, allowing resource exhaustion by an authenticated user.", "Medium (6.5)", "Fixed 3 April 2026 (limit 1,000); retest passed"],
        ["NW26-03", "Password reset requests were not rate-limited per IP address, only per account.", "Medium (5.3)", "Fixed 31 March 2026; retest passed"],
        ["NW26-04", "CSV exports did not neutralise cell values starting with =, +, - or @ (formula injection).", "Medium (4.6)", "Fixed 6 April 2026; retest passed"],
        ["NW26-05", "Session cookie lifetime of the staff console exceeded the documented 8-hour absolute timeout by the idle window.", "Low (3.7)", "Fixed 1 April 2026; retest passed"],
        ["NW26-06", "Detailed error pages of the API revealed the web framework version.", "Low (3.1)", "Fixed 30 March 2026; retest passed"],
        ["NW26-07", "Missing Permissions-Policy header on marketing sub-domain (outside the platform).", "Low (2.6)", "Fixed 30 March 2026; retest passed"],
        ["NW26-08", "TLS 1.2 cipher suites with CBC mode still offered on the legacy status page host.", "Low (2.2)", "Risk accepted: host decommissioned by 30 June 2026"],
        ["NW26-09", "User enumeration possible through response timing of the sign-in form (~40 ms difference).", "Informational", "Fixed; retest passed"],
        ["NW26-10", "Audit log export lacks a digital signature (hash chain verifiable online only).", "Informational", "Risk accepted; planned for Q3 2026"],
        ["NW26-11", "Content Security Policy of static pages allows inline scripts.", "Informational", "Risk accepted; documented design decision"],
        ["NW26-12", "DMARC policy of a parked domain set to 'none'.", "Informational", "Fixed; retest passed"],
        ["NW26-13", "Verbose version banner of the SSH bastion host.", "Informational", "Risk accepted; access restricted to VPN"],
      ],
    },
    { kind: "heading", text: "5. Tenant isolation" },
    {
      kind: "paragraph",
      text: "None of the 214 targeted test cases gave access to data of another customer organisation, through the user interface, the API, exports or search. Identifiers of foreign records consistently produced the same 'not found' answer as non-existent ones, and no response contained data of the other organisation. We consider the tenant isolation of the platform to be effective.",
    },
    { kind: "heading", text: "6. Conclusion" },
    {
      kind: "paragraph",
      text: "The Northwind platform shows a mature security posture. No critical findings were identified; the one high-severity finding and all medium-severity findings were remediated within three weeks of the report and verified in our retest. The remaining items are of low or informational severity and have documented risk decisions. Authentication, session management and tenant isolation met the ASVS level 2 requirements tested.",
    },
    { kind: "paragraph", text: "Jonas Albrecht, Lead Penetration Tester · Dr. Miriam Kühn, Managing Director · Sentinel Point Security GmbH" },
    { kind: "paragraph", text: "This letter is provided under NDA for the evaluation of Northwind Analytics GmbH as a vendor. It reflects the state of the tested systems during the test period; later changes are not covered.", muted: true },
  ];
  return renderStructuredPdf({
    title: "Penetration test summary 2026",
    subtitle: "Northwind Analytics platform and APIs · issued by Sentinel Point Security GmbH",
    author: "Sentinel Point Security GmbH",
    footer: FOOTER,
    createdAt: SEEDED_AT,
    blocks,
  });
}

/** CAIQ v4-style rows: question id, question, answer, implementation notes. */
const CAIQ_DOMAINS: { name: string; rows: [string, string, "Yes" | "No" | "N/A", string][] }[] = [
  {
    name: "Audit & Assurance (A&A)",
    rows: [
      ["A&A-01.1", "Are audit and assurance policies, procedures and standards established, documented, approved, communicated, applied, evaluated and maintained?", "Yes", "ISMS policy set aligned with ISO/IEC 27001:2022; reviewed annually by the CISO and approved by management."],
      ["A&A-02.1", "Are independent audit and assurance assessments conducted according to relevant standards at least annually?", "Yes", "Annual external penetration test (latest: March 2026, Sentinel Point Security); ISO/IEC 27001 certification audit planned for H1 2027."],
      ["A&A-06.1", "Is a risk-based corrective action plan to remediate audit findings established, documented, approved, communicated, applied, evaluated and maintained?", "Yes", "Findings tracked in the risk register with owner and due date; high findings within 30 days, medium within 60 days."],
    ],
  },
  {
    name: "Application & Interface Security (AIS)",
    rows: [
      ["AIS-01.1", "Are application security policies and procedures established, documented, approved, communicated, applied, evaluated and maintained?", "Yes", "Secure development policy based on OWASP ASVS level 2; mandatory peer review of every change."],
      ["AIS-04.1", "Is a secure software development lifecycle defined and implemented for application design, development, deployment and operation?", "Yes", "Threat modelling for new features, automated tests (unit, integration, end-to-end), dependency scanning and secret scanning in CI."],
      ["AIS-07.1", "Are application security vulnerabilities remediated following defined processes?", "Yes", "Critical within 48 hours, high within 7 days, medium within 30 days; tracked to closure and verified."],
    ],
  },
  {
    name: "Business Continuity Management & Operational Resilience (BCR)",
    rows: [
      ["BCR-08.1", "Is cloud data periodically backed up?", "Yes", "Encrypted database backups every 24 hours with continuous point-in-time recovery for 14 days; stored in a separate EU facility (Amsterdam)."],
      ["BCR-09.1", "Is a disaster response plan established, documented, approved, applied, evaluated and maintained?", "Yes", "Documented recovery plan with RTO 8 hours and RPO 15 minutes for the production platform."],
      ["BCR-10.1", "Is the disaster response plan exercised annually or when significant changes occur?", "Yes", "Full restore test quarterly; failover exercise annually (last: February 2026)."],
    ],
  },
  {
    name: "Cryptography, Encryption & Key Management (CEK)",
    rows: [
      ["CEK-03.1", "Are data at rest and in transit cryptographically protected using cryptographic libraries certified to approved standards?", "Yes", "AES-256 at rest for databases, file storage and backups; TLS 1.2+ in transit with HSTS; secrets sealed with AES-256-GCM."],
      ["CEK-10.1", "Are cryptographic keys generated using industry-accepted cryptographic libraries specifying the algorithm strength and the random number generator used?", "Yes", "Keys generated in the cloud provider's KMS (FIPS 140-2 level 3 HSM) or with the operating system CSPRNG."],
      ["CEK-12.1", "Are cryptographic keys rotated based on a cryptoperiod calculated while considering information disclosure risks and legal and regulatory requirements?", "Yes", "Data keys rotated annually and on suspicion of compromise; versioned key ring allows rotation without downtime."],
    ],
  },
  {
    name: "Data Security & Privacy Lifecycle Management (DSP)",
    rows: [
      ["DSP-07.1", "Are systems, products and business practices based on privacy by design and industry best practices?", "Yes", "Data minimisation, per-tenant retention settings and privacy review for every new processing activity."],
      ["DSP-16.1", "Do data retention, archiving and deletion practices follow business requirements, applicable laws and regulations?", "Yes", "Customer data deleted within 30 days after contract end including backups; deletion certificate issued."],
      ["DSP-19.1", "Are processes, procedures and technical measures defined and implemented to specify and document the physical data locations, including any locales in which data is processed or backed up?", "Yes", "All customer data hosted in the EU (Frankfurt, backups in Amsterdam); subprocessor locations published in the trust center."],
    ],
  },
  {
    name: "Identity & Access Management (IAM)",
    rows: [
      ["IAM-05.1", "Is the least privilege principle employed when implementing information system access?", "Yes", "Role-based access with deny-by-default permission table; production access limited to named engineers."],
      ["IAM-08.1", "Are user access rights and privileged access reviewed and validated regularly?", "Yes", "Quarterly access reviews; access revoked on the day of departure."],
      ["IAM-14.1", "Are processes, procedures and technical measures defined, implemented and evaluated to authenticate access to systems, application and data assets, including multifactor authentication for at least privileged user and sensitive data access?", "Yes", "TOTP multi-factor authentication mandatory for all staff; customers can require MFA or Microsoft Entra ID SSO for their organisation."],
    ],
  },
  {
    name: "Logging & Monitoring (LOG)",
    rows: [
      ["LOG-02.1", "Are processes, procedures and technical measures defined, implemented and evaluated to ensure audit log security and retention?", "Yes", "Append-only audit log, hash-chained; database triggers refuse updates and deletions; retention 2 years."],
      ["LOG-05.1", "Are security audit logs monitored to detect activity outside of typical or expected patterns?", "Yes", "Alerting on failed sign-in bursts, privilege changes and export volume; on-call rotation 24/7."],
      ["LOG-08.1", "Are audit records generated, and do they contain relevant security information?", "Yes", "Who, what, when (UTC), where (IP, user agent), tenant and request id for every security-relevant action."],
    ],
  },
  {
    name: "Security Incident Management, E-Discovery & Cloud Forensics (SEF)",
    rows: [
      ["SEF-02.1", "Are policies and procedures for timely management of security incidents established, documented, approved, communicated, applied, evaluated and maintained?", "Yes", "Incident response plan with severity levels, roles and escalation; breach register including non-notifiable incidents."],
      ["SEF-07.1", "Are processes, procedures and technical measures for security breach notifications defined and implemented?", "Yes", "Affected customers notified without undue delay and within 36 hours of awareness (or the contractual window), with the information of Art. 33(3) GDPR."],
      ["SEF-08.1", "Are points of contact maintained for applicable regulation authorities, national and local law enforcement, and other legal jurisdictional authorities?", "Yes", "Maintained by the Data Protection Officer and the CISO; reviewed annually."],
    ],
  },
  {
    name: "Supply Chain Management, Transparency & Accountability (STA)",
    rows: [
      ["STA-07.1", "Is an inventory of all supply chain relationships developed and maintained?", "Yes", "Subprocessor list published with purpose, location and transfer mechanism; changes announced with notice and feed."],
      ["STA-09.1", "Do service agreements between the provider and customers incorporate security and privacy requirements?", "Yes", "Data processing agreement under Art. 28 GDPR with TOMs annex; security commitments in the master agreement."],
      ["STA-12.1", "Is a supply chain risk management policy established, documented, approved, communicated, applied, evaluated and maintained?", "Yes", "Vendor security assessment before onboarding and annually for critical subprocessors."],
    ],
  },
  {
    name: "Threat & Vulnerability Management (TVM)",
    rows: [
      ["TVM-03.1", "Are processes, procedures and technical measures defined, implemented and evaluated to enable scheduled and emergency responses to vulnerability identifications?", "Yes", "Emergency patch process; remediation targets by severity as in AIS-07."],
      ["TVM-07.1", "Are processes, procedures and technical measures defined, implemented and evaluated for the detection of vulnerabilities on organizationally managed assets at least monthly?", "Yes", "Weekly dependency and container image scans; monthly external vulnerability scans."],
      ["TVM-10.1", "Is a vulnerability disclosure programme established?", "Yes", "Published security.txt and disclosure policy; reports to security@northwind.example acknowledged within 2 working days."],
    ],
  },
];

function caiqExcerpt(): Promise<Uint8Array> {
  const blocks: PdfBlock[] = [
    {
      kind: "paragraph",
      text: "This document contains Northwind Analytics GmbH's answers to the Consensus Assessments Initiative Questionnaire (CAIQ) version 4 of the Cloud Security Alliance for the Northwind analytics platform. The excerpt covers the questions most often asked in vendor security reviews; the complete questionnaire (261 questions) is available on request.",
    },
    {
      kind: "fields",
      rows: [
        ["Provider", "Northwind Analytics GmbH, Friedrichstraße 123, 10117 Berlin, Germany"],
        ["Service", "Northwind analytics platform (SaaS), web application and REST API"],
        ["Questionnaire", "CSA CAIQ v4.0.3, based on the Cloud Controls Matrix v4.0"],
        ["Completed", "15 April 2026 by Information Security; approved by the CISO"],
        ["Contact", "security@northwind.example"],
      ],
    },
    { kind: "paragraph", text: "Answers: Yes = control implemented for the service; No = not implemented; N/A = not applicable to the service.", muted: true },
  ];
  for (const domain of CAIQ_DOMAINS) {
    blocks.push({ kind: "heading", text: domain.name });
    blocks.push({
      kind: "table",
      columns: [
        { header: "Question ID", width: 1.4 },
        { header: "Question", width: 5 },
        { header: "Answer", width: 1 },
        { header: "Implementation", width: 4.2 },
      ],
      rows: domain.rows.map((row) => [...row]),
    });
  }
  return renderStructuredPdf({
    title: "Security questionnaire (CAIQ v4)",
    subtitle: "Northwind Analytics platform · Consensus Assessments Initiative Questionnaire · excerpt",
    author: "Northwind Analytics GmbH",
    footer: FOOTER,
    createdAt: SEEDED_AT,
    blocks,
  });
}
