import type { RouteObject } from "react-router-dom";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { CourseLeadersPage } from "./CourseLeadersPage";
import { EventFormPage } from "./EventFormPage";
import { EventPage } from "./EventPage";
import { MyRegistrationsPage } from "./MyRegistrationsPage";
import { StatisticsPage } from "./StatisticsPage";
import { TrainingsHome } from "./TrainingsHome";
import { TrainingsLayout } from "./TrainingsLayout";

/** The Utbildningar portal under /utbildningar; the layout decides who may use it. */
const pages: RouteObject[] = [
  {
    path: "utbildningar",
    element: <TrainingsLayout />,
    children: [
      { index: true, element: <TrainingsHome /> },
      { path: "ny", element: <EventFormPage /> },
      { path: "anmalningar", element: <MyRegistrationsPage /> },
      { path: "kursledare", element: <CourseLeadersPage /> },
      { path: "statistik", element: <StatisticsPage /> },
      { path: ":id", element: <EventPage /> },
      { path: ":id/andra", element: <EventFormPage /> },
    ],
  },
];

/** The pages once the portal's texts (the `trainings` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="trainings" />, children: pages }];
