import { allow, can } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const letterTemplatePermissions: PermissionFragment = {
  Query: {
    letterTemplate: can("grant.letterTemplate.manage"),
    letterTemplateVersions: can("grant.letterTemplate.manage"),
    previewLetterTemplate: can("grant.letterTemplate.manage"),
  },
  Mutation: {
    publishLetterTemplate: can("grant.letterTemplate.manage"),
  },
  LetterTemplateScope: allow,
  LetterTemplateVersion: allow,
  LetterTemplateTexts: allow,
  LetterTemplatePreview: allow,
};
