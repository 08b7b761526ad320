// The records of processing as an A4 PDF (lib/pdf/report.ts): the same content as the JSON file, in
// English like the other generated documents. Text people typed (names, activities, subprocessors) is
// quoted on one line (S25).
import { createReport } from "../pdf/report.ts";
import { quoted } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";
import type { FactWithoutHistory, RecordsOfProcessing } from "./records.ts";

const plain = (value: string, max = 160) => quoted(toSingleLine(value, max), { max });
const list = (items: readonly string[]) =>
  items.length ? items.map((i) => plain(i, 120)).join(", ") : "none";

const WITHOUT_HISTORY: Record<FactWithoutHistory, string> = {
  processor: "the processor's details and DPO",
  controller: "the controller's name and contacts",
  dataSystemsUsed: "which data systems hold the organisation's data",
  subprocessorDetails: "the subprocessors' details (location, country, transfer mechanism)",
};

export async function renderRecordsPdf(records: RecordsOfProcessing): Promise<Buffer> {
  const title = "Records of processing activities (Art. 30(2) GDPR)";
  const { write, finish } = createReport({
    title,
    subject: records.controller.slug,
    createdAt: new Date(records.asOf),
  });
  write.title(title);
  write.banner(`Controller ${plain(records.controller.name)}, as of ${records.asOf}`, false);
  if (records.factsWithoutHistory.length > 0)
    write.note(
      `Our history of these does not reach back to this date, so they are given as first recorded or as at the time of generation: ${records.factsWithoutHistory.map((f) => WITHOUT_HISTORY[f]).join("; ")}. Everything else is given as it was on this date.`,
    );

  write.heading("Processor");
  write.fact("Name", `${plain(records.processor.legalName)} (${plain(records.processor.name)})`);
  write.fact("Address", plain(records.processor.address, 300));
  write.fact(
    "Data protection officer",
    `${plain(records.processor.dpo.name)} <${toSingleLine(records.processor.dpo.email)}>`,
  );

  write.heading("Controller");
  write.fact("Name", `${plain(records.controller.name)} (${records.controller.slug})`);
  for (const c of records.controller.contacts)
    write.detail(
      c.role === "OWNER" ? "Owner" : "Privacy officer",
      `${plain(c.name)} <${toSingleLine(c.email)}>`,
    );
  write.fact(
    "Privacy contacts",
    records.controller.privacyContacts.map((e) => toSingleLine(e)).join(", ") || "none",
  );

  write.heading("Categories of processing carried out on behalf of the controller");
  if (records.activities.length === 0)
    write.note("No processing activity involves the organisation's data systems.");
  for (const a of records.activities) {
    write.subheading(`${plain(a.name)} (version ${a.version}, valid from ${a.validFrom})`);
    write.detail("Purpose", plain(a.purpose, 1000));
    write.detail("Categories of processing", list(a.processingCategories));
    write.detail("Personal data", list(a.dataCategories));
    write.detail("Data subjects", list(a.dataSubjectCategories));
    write.detail("Data systems", a.systems.map((s) => `${plain(s.name)} (${s.key})`).join(", "));
  }

  write.heading("Subprocessors and transfers to third countries");
  if (records.subprocessors.length === 0) write.note("No subprocessor is authorised for the organisation.");
  for (const s of records.subprocessors) {
    write.subheading(plain(s.name));
    write.detail("Purpose", plain(s.purpose, 500));
    write.detail("Personal data", list(s.dataCategories));
    write.detail("Location", `${plain(s.location)}, ${s.country}`);
    write.detail("Transfer mechanism and safeguards", plain(s.transferMechanism, 300));
    write.detail("Since", s.activeFrom);
    write.detail("Authorised by", s.basis.replaceAll("_", " "));
  }

  write.heading("Data processing agreement");
  if (!records.dpa) write.note("The organisation had accepted no DPA version at that time.");
  else if (records.dpa.kind === "standard") {
    write.fact("Standard DPA", `version ${records.dpa.version} (${records.dpa.locale})`);
    write.fact(
      "Accepted",
      `${records.dpa.acceptedAt} by ${plain(records.dpa.signatoryName)}, ${plain(records.dpa.signatoryTitle)}`,
    );
    write.mono(`SHA-256: ${records.dpa.sha256}`);
  } else {
    write.fact("Negotiated DPA", plain(records.dpa.title));
    write.fact("Effective", records.dpa.effectiveDate);
    write.mono(`SHA-256: ${records.dpa.sha256}`);
  }

  write.heading("Technical and organisational security measures (Art. 32(1))");
  if (!records.securityMeasures) write.note("No TOMs version was published at that time.");
  else {
    write.fact(
      "Document",
      `${plain(records.securityMeasures.title)}, version ${records.securityMeasures.version}`,
    );
    write.fact("Published", records.securityMeasures.publishedAt);
    write.mono(`SHA-256: ${records.securityMeasures.sha256}`);
  }
  return finish(
    (page, pages) =>
      `Records of processing · ${records.controller.slug} · ${records.asOf} · page ${page} of ${pages}`,
  );
}
