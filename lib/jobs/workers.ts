// Starts every job handler of this process: inside the web app (JOBS_IN_APP) or `npm run worker`.
import { registerAccountClosureWorker } from "./account-closure-jobs.ts";
import { registerAuditWorkers } from "./audit-jobs.ts";
import { registerBreachDeadlineWorker } from "./breach-deadline-jobs.ts";
import { registerDpaReminderWorker } from "./dpa-reminder-jobs.ts";
import { registerDsrDeadlineWorker } from "./dsr-deadline-jobs.ts";
import { registerDsrConnectorWorkers } from "./dsr-connector-jobs.ts";
import { registerEmailWorker } from "./email-jobs.ts";
import { registerRetentionWorker } from "./retention-jobs.ts";
import { registerOrganizationExportWorkers } from "./org-export-jobs.ts";
import { registerSubprocessorWindowWorker } from "./subprocessor-window-jobs.ts";
import { registerWebhookWorkers } from "./webhook-jobs.ts";

export async function startWorkers(): Promise<void> {
  await registerEmailWorker();
  await registerBreachDeadlineWorker();
  await registerDsrDeadlineWorker();
  await registerAuditWorkers();
  await registerDsrConnectorWorkers();
  await registerWebhookWorkers();
  await registerRetentionWorker();
  await registerOrganizationExportWorkers();
  await registerAccountClosureWorker();
  await registerDpaReminderWorker();
  await registerSubprocessorWindowWorker();
}
