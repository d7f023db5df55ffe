import { useTranslation } from "react-i18next";
import type { GrantApplicationStatus } from "../../../generated/graphql";
import { statusTone } from "../status";

/** The status of an application or requisition in words and tone, e.g. "På remiss": the one tag of both the grants and the development-funds portal. */
export function GrantStatusTag({ status }: { status: GrantApplicationStatus }) {
  const { t } = useTranslation();
  return <span className={`status status--${statusTone(status)}`}>{t(`grantStatus.${status}`)}</span>;
}
