import { useTranslation } from "react-i18next";
import type { GrantApplicationStatus } from "../../../generated/graphql";
import { statusTone } from "../status";

/** The status of an application in words, e.g. "På remiss". */
export function GrantStatusTag({ status }: { status: GrantApplicationStatus }) {
  const { t } = useTranslation();
  return <span className={`status status--${statusTone(status)}`}>{t(`grantStatus.${status}`)}</span>;
}
