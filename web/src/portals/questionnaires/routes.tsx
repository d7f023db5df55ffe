import "./questionnaires.css";
import type { ReactNode } from "react";
import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const AnswerPage = lazyPage(() => import("./AnswerPage"), "AnswerPage");
const QuestionnaireFormPage = lazyPage(() => import("./QuestionnaireFormPage"), "QuestionnaireFormPage");
const QuestionnaireListPage = lazyPage(() => import("./QuestionnaireListPage"), "QuestionnaireListPage");
const QuestionnairePage = lazyPage(() => import("./QuestionnairePage"), "QuestionnairePage");
const ResultsPage = lazyPage(() => import("./ResultsPage"), "ResultsPage");

const any = (page: ReactNode) => (
  <RequireAbility ability={["questionnaire.manage", "questionnaire.answer", "questionnaire.results.read"]}>{page}</RequireAbility>
);
const manage = (page: ReactNode) => <RequireAbility ability="questionnaire.manage">{page}</RequireAbility>;
const follow = (page: ReactNode) => <RequireAbility ability={["questionnaire.manage", "questionnaire.results.read"]}>{page}</RequireAbility>;
const answer = (page: ReactNode) => <RequireAbility ability="questionnaire.answer">{page}</RequireAbility>;

/** Enkäter under /enkater. Notifications link to /enkater/svar/:questionnaireId (answer) and /enkater/:id (owner). */
const pages: RouteObject[] = [
  { path: "enkater", element: any(<QuestionnaireListPage />) },
  { path: "enkater/ny", element: manage(<QuestionnaireFormPage />) },
  { path: "enkater/svar/:questionnaireId", element: answer(<AnswerPage />) },
  { path: "enkater/:questionnaireId", element: follow(<QuestionnairePage />) },
  { path: "enkater/:questionnaireId/andra", element: manage(<QuestionnaireFormPage />) },
  { path: "enkater/:questionnaireId/resultat", element: follow(<ResultsPage />) },
];

/** The pages once the portal's texts (the `questionnaires` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="questionnaires" />, children: pages }];
