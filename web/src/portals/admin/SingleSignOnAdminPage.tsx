import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { IdentityProviderPanel } from "../../modules/auth/components/IdentityProviderPanel";

/** Single sign-on per organisation (platform administrator): its OpenID Connect provider and the first sign-ins waiting for approval. */
export function SingleSignOnAdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("idp.title"));
  return (
    <>
      <h1>{t("idp.title")}</h1>
      <IdentityProviderPanel />
    </>
  );
}
