import type { RouteObject } from "react-router-dom";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const CourseLeadersPage = lazyPage(() => import("./CourseLeadersPage"), "CourseLeadersPage");
const EventFormPage = lazyPage(() => import("./EventFormPage"), "EventFormPage");
const EventPage = lazyPage(() => import("./EventPage"), "EventPage");
const MyRegistrationsPage = lazyPage(() => import("./MyRegistrationsPage"), "MyRegistrationsPage");
const StaffListPage = lazyPage(() => import("./StaffListPage"), "StaffListPage");
const StatisticsPage = lazyPage(() => import("./StatisticsPage"), "StatisticsPage");
const TrainingsHome = lazyPage(() => import("./TrainingsHome"), "TrainingsHome");
const TrainingsLayout = lazyPage(() => import("./TrainingsLayout"), "TrainingsLayout");

/** The Utbildningar portal under /utbildningar; the layout decides who may use it. */
const pages: RouteObject[] = [
  {
    path: "utbildningar",
    element: <TrainingsLayout />,
    children: [
      { index: true, element: <TrainingsHome /> },
      { path: "ny", element: <EventFormPage /> },
      { path: "anmalningar", element: <MyRegistrationsPage /> },
      { path: "personal", element: <StaffListPage /> },
      { path: "kursledare", element: <CourseLeadersPage /> },
      { path: "statistik", element: <StatisticsPage /> },
      { path: ":id", element: <EventPage /> },
      { path: ":id/andra", element: <EventFormPage /> },
    ],
  },
];

/** The pages once the portal's texts (the `trainings` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="trainings" />, children: pages }];
