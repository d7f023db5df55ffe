import { useTranslation } from "react-i18next";
import { useMe } from "../../app/session";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { CourseLeadersTable } from "../../modules/trainings/components/CourseLeadersTable";
import { CoverageTable } from "../../modules/trainings/components/CoverageTable";
import { LocalCourseForm } from "../../modules/trainings/components/LocalCourseForm";

/** /utbildningar/kursledare – the registry of certified kursledare and how far the counties have come. */
export function CourseLeadersPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("trainings.leaders.title"));
  return (
    <>
      <h1>{t("trainings.leaders.title")}</h1>
      <p className="lead">{t("trainings.leaders.intro")}</p>
      <section className="section" aria-labelledby="leaders-heading">
        <h2 id="leaders-heading">{t("trainings.leaders.heading")}</h2>
        <CourseLeadersTable />
      </section>
      {me.abilities.includes("training.register") && <LocalCourseForm />}
      <section className="section" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t("trainings.coverage.heading")}</h2>
        <p>{t("trainings.coverage.intro")}</p>
        <CoverageTable />
      </section>
    </>
  );
}
