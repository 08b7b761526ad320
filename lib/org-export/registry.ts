// Every kind of record the organisation export writes, in file order. Adding one is one entry here: its CSV and JSON files, its manifest lines and its README section follow from it.
import type { ExportEntity } from "./entity.ts";
import { apiKeysEntity, webhookDeliveriesEntity, webhookEndpointsEntity } from "./entities/api.ts";
import { auditLogEntity } from "./entities/audit-log.ts";
import { dpaAcceptancesEntity, negotiatedDpasEntity } from "./entities/dpa.ts";
import {
  breachNoticeEmailsEntity,
  breachNoticesEntity,
  breachNotificationsEntity,
} from "./entities/breaches.ts";
import {
  dsrDeadlineChangesEntity,
  dsrPackagesEntity,
  dsrRequestsEntity,
  dsrTasksEntity,
} from "./entities/dsr.ts";
import {
  invitationsEntity,
  membersEntity,
  organizationEntity,
  settingsEntity,
  ssoDomainsEntity,
} from "./entities/organization.ts";
import {
  organizationSubprocessorAnswersEntity,
  organizationSubprocessorNoticesEntity,
} from "./entities/subprocessor-authorisation.ts";
import { subprocessorNoticesEntity } from "./entities/subprocessors.ts";

export const EXPORT_ENTITIES: readonly ExportEntity[] = [
  organizationEntity,
  settingsEntity,
  membersEntity,
  invitationsEntity,
  ssoDomainsEntity,
  breachNotificationsEntity,
  breachNoticesEntity,
  breachNoticeEmailsEntity,
  dsrRequestsEntity,
  dsrDeadlineChangesEntity,
  dsrTasksEntity,
  dsrPackagesEntity,
  dpaAcceptancesEntity,
  negotiatedDpasEntity,
  subprocessorNoticesEntity,
  organizationSubprocessorNoticesEntity,
  organizationSubprocessorAnswersEntity,
  apiKeysEntity,
  webhookEndpointsEntity,
  webhookDeliveriesEntity,
  auditLogEntity,
];
