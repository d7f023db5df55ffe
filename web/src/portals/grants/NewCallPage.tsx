import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { CreateCallForm } from "../../modules/grants/components/CreateCallForm";

/** /stimulansmedel/utlysningar/ny */
export function NewCallPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t("grants.call.new"));
  return (
    <RequireAbility ability="grant.call.manage">
      <h1>{t("grants.call.new")}</h1>
      <p className="lead">{t("grants.call.newIntro")}</p>
      <CreateCallForm
        onCreated={(call) => navigate(`/stimulansmedel/utlysningar/${call.id}`, { state: { notice: t("grants.call.created", { title: call.title }) } })}
      />
    </RequireAbility>
  );
}
