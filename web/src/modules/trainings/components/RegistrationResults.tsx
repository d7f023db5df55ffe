import { useTranslation } from "react-i18next";
import type { TrainingRegistrationFieldsFragment } from "../../../generated/graphql";
import { RegistrationStatusTag } from "./TrainingTags";

/** After registering: what each person got, announced politely. */
export function RegistrationResults({ result }: { result: TrainingRegistrationFieldsFragment[] | null }) {
  const { t } = useTranslation();
  const confirmed = result?.filter((r) => r.status === "CONFIRMED").length ?? 0;
  return (
    <div role="status" aria-live="polite" className={result ? "alert alert--success" : "live-empty"}>
      {result && (
        <>
          <p className="alert__title">{t("trainings.register.done", { count: confirmed, waitlisted: result.length - confirmed })}</p>
          <ul className="plain-list">
            {result.map((r) => (
              <li key={r.id}>
                {r.name}: <RegistrationStatusTag status={r.status} position={r.waitlistPosition} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
