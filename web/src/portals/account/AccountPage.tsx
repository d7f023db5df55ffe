import { useApolloClient } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { ChangePasswordSection } from "../../modules/auth/components/ChangePasswordSection";
import { SessionsSection } from "../../modules/auth/components/SessionsSection";
import { TwoFactorSection } from "../../modules/auth/components/TwoFactorSection";

/** Mitt konto: one's password, two-factor sign-in and sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("account.title"));
  const client = useApolloClient();
  return (
    <>
      <h1>{t("account.title")}</h1>
      <TwoFactorSection />
      <ChangePasswordSection onChanged={() => void client.refetchQueries({ include: ["MySessions"] })} />
      <SessionsSection />
    </>
  );
}
