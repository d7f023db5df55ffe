import { allow, can } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const personalDataPermissions: PermissionFragment = {
  Query: {
    personalDataExtract: can("personalData.manage"),
  },
  Mutation: {
    erasePersonalData: can("personalData.manage"),
    runPersonalDataRetention: can("personalData.manage"),
  },
  PersonalDataSection: allow,
  PersonalDataExtract: allow,
  PersonalDataCount: allow,
  PersonalDataErasure: allow,
  PersonalDataRetentionRun: allow,
};
