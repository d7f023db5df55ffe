import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { Dialog } from "../../../app/ui/Dialog";
import { ErrorAlert } from "../../../app/ui/Messages";
import type { Role, UserRowFragment } from "../../../generated/graphql";
import { RoleDefinitionsQuery, SetUserRolesMutation } from "../operations";
import { rolesFor } from "../roles";
import { RoleCheckboxes } from "./RoleCheckboxes";

interface Props {
  user: UserRowFragment | null;
  onClose(): void;
  onSaved(user: UserRowFragment): void;
}

/** Change a user's roles: the roles their organisation allows, as checkboxes. */
export function RoleEditorDialog({ user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={!!user} title={user ? t("roleEditor.title", { name: user.name }) : ""} onClose={onClose}>
      {user && <RoleEditorForm key={user.id} user={user} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

function RoleEditorForm({ user, onClose, onSaved }: { user: UserRowFragment; onClose(): void; onSaved(user: UserRowFragment): void }) {
  const { t } = useTranslation();
  const { data: defs } = useQuery(RoleDefinitionsQuery, { fetchPolicy: "cache-first" });
  const [save, { loading }] = useMutation(SetUserRolesMutation);
  const [roles, setRoles] = useState<Role[]>(user.roles ?? []);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<string[] | undefined>();
  const errorRef = useRef<HTMLDivElement>(null);
  const held = user.roles ?? [];
  // What the signed-in person may give here, as the server decides.
  const allowed = user.organisation.assignableRoles;
  const ofKind = rolesFor(user.organisation.kind, defs?.roleDefinitions);
  // Roles the user already has but their organisation no longer allows stay visible so they can be removed;
  // roles the signed-in person may not give are shown but cannot be changed.
  const shown = [...allowed, ...held.filter((r) => !allowed.includes(r))];
  const locked = held.filter((r) => !allowed.includes(r) && ofKind.includes(r));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (roles.length === 0) {
      setFieldErrors([t("invite.errors.roles")]);
      setError(t("errors.checkFields"));
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    try {
      const res = await save({ variables: { userId: user.id, roles } });
      if (res.data) onSaved(res.data.setUserRoles);
    } catch (err) {
      const info = errorInfo(err);
      setFieldErrors(info.fields.roles);
      setError(info.message);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-busy={loading}>
      <p>{t("roleEditor.intro", { organisation: user.organisation.name })}</p>
      {error && <ErrorAlert ref={errorRef}>{error}</ErrorAlert>}
      <RoleCheckboxes
        idPrefix={`roles-${user.id}`}
        legend={t("roleEditor.legend")}
        roles={shown}
        locked={locked}
        value={roles}
        onChange={setRoles}
        errors={fieldErrors}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("roleEditor.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
