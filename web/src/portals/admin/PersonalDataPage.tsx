import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { PersonalDataLookup } from "../../modules/personal-data/components/PersonalDataLookup";

/** Personuppgifter (/admin/personuppgifter): the register extract of an e-mail address, and erasure on request. */
export function PersonalDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("personalData.title"));
  return (
    <div>
      <h1>{t("personalData.title")}</h1>
      <p className="lead">{t("personalData.intro")}</p>
      <PersonalDataLookup />
    </div>
  );
}
