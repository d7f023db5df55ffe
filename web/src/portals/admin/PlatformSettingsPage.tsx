import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { PlatformSettingsForm } from "../../modules/personal-data/components/PlatformSettingsForm";
import { RetentionRunSection } from "../../modules/personal-data/components/RetentionRunSection";
import { PlatformSettingsQuery } from "../../modules/personal-data/operations";

/** Inställningar (/admin/installningar): the retention period of personal data, the two-factor requirement for money, and the erasure job. */
export function PlatformSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("platformSettings.title"));
  const { data, error } = useQuery(PlatformSettingsQuery);
  const settings = data?.platformSettings;
  return (
    <div>
      <h1>{t("platformSettings.title")}</h1>
      <p className="lead">{t("platformSettings.intro")}</p>
      {error && !data && <ErrorAlert>{errorInfo(error).message}</ErrorAlert>}
      {!data && !error && <Loading />}
      {settings && (
        <>
          <PlatformSettingsForm settings={settings} />
          <RetentionRunSection months={settings.retentionMonths} lastRunAt={settings.lastRetentionRunAt ?? null} />
        </>
      )}
    </div>
  );
}
