import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { AdminIndex, AdminLayout } from "./AdminLayout";
import { OutboxPage } from "./OutboxPage";
import { UsersAdminPage } from "./UsersAdminPage";

/** Administration under /admin: users and the e-mail outbox. */
export const routes: RouteObject[] = [
  {
    path: "admin",
    element: (
      <RequireAbility ability={["user.manage.any", "user.manage.ownOrganisation", "outbox.read"]}>
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
