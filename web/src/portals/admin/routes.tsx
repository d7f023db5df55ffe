import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const AdminIndex = lazyPage(() => import("./AdminLayout"), "AdminIndex");
const AdminLayout = lazyPage(() => import("./AdminLayout"), "AdminLayout");
const MethodsAdminPage = lazyPage(() => import("./MethodsAdminPage"), "MethodsAdminPage");
const OutboxPage = lazyPage(() => import("./OutboxPage"), "OutboxPage");
const UsersAdminPage = lazyPage(() => import("./UsersAdminPage"), "UsersAdminPage");
const PersonalDataPage = lazyPage(() => import("./PersonalDataPage"), "PersonalDataPage");
const PlatformSettingsPage = lazyPage(() => import("./PlatformSettingsPage"), "PlatformSettingsPage");
const SingleSignOnAdminPage = lazyPage(() => import("./SingleSignOnAdminPage"), "SingleSignOnAdminPage");

/** Administration under /admin: users, personal data (register extract, erasure), platform settings, the e-mail outbox, and the methods and materials länsstyrelser spread. */
const pages: RouteObject[] = [
  {
    path: "admin",
    element: (
      <RequireAbility
        ability={["user.manage.any", "user.manage.ownOrganisation", "outbox.read", "method.manage", "personalData.manage", "platform.settings.manage"]}
      >
        <AdminLayout />
      </RequireAbility>
    ),
    children: [
      { index: true, element: <AdminIndex /> },
      {
        path: "anvandare",
        element: (
          <RequireAbility ability={["user.manage.any", "user.manage.ownOrganisation"]}>
            <UsersAdminPage />
          </RequireAbility>
        ),
      },
      {
        path: "inloggning",
        element: (
          <RequireAbility ability="user.manage.any">
            <SingleSignOnAdminPage />
          </RequireAbility>
        ),
      },
      {
        path: "metoder",
        element: (
          <RequireAbility ability="method.manage">
            <MethodsAdminPage />
          </RequireAbility>
        ),
      },
      {
        path: "personuppgifter",
        element: (
          <RequireAbility ability="personalData.manage">
            <PersonalDataPage />
          </RequireAbility>
        ),
      },
      {
        path: "installningar",
        element: (
          <RequireAbility ability="platform.settings.manage">
            <PlatformSettingsPage />
          </RequireAbility>
        ),
      },
      {
        path: "utskick",
        element: (
          <RequireAbility ability="outbox.read">
            <OutboxPage />
          </RequireAbility>
        ),
      },
    ],
  },
];

/** The pages once the portal's texts (the `admin` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="admin" />, children: pages }];
