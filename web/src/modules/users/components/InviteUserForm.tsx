import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { useMe, useSession } from "../../../app/session";
import { ErrorSummary, type SummaryItem } from "../../../app/ui/ErrorSummary";
import { TextField } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import type { Role } from "../../../generated/graphql";
import { OrganisationCombobox, type OrganisationOption } from "../../organisations/components/OrganisationCombobox";
import { AssignableRolesQuery, InviteUserMutation } from "../operations";
import { RoleCheckboxes } from "./RoleCheckboxes";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELD_IDS: Record<string, string> = {
  email: "invite-email",
  name: "invite-name",
  organisationId: "invite-organisation",
  roles: "invite-roles",
};

/**
 * "Bjud in användare": e-mail, name, organisation and roles. The roles offered are those the server
 * says the signed-in person may give in that organisation; an organisation's own administrator
 * invites into their own organisation only.
 */
export function InviteUserForm({ onInvited }: { onInvited?(email: string): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const anyOrganisation = useSession().can("user.manage.any");
  const own: OrganisationOption | null = anyOrganisation
    ? null
    : { __typename: "Organisation", id: me.organisation.id, name: me.organisation.name, kind: me.organisation.kind, code: "", county: null };
  const [invite, { loading }] = useMutation(InviteUserMutation, { refetchQueries: ["Users"] });
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [organisation, setOrganisation] = useState<OrganisationOption | null>(own);
  const { data: assignable } = useQuery(AssignableRolesQuery, {
    variables: { organisationId: organisation?.id ?? "" },
    skip: !organisation,
    fetchPolicy: "cache-first",
  });
  const [roles, setRoles] = useState<Role[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<{ message: string; at: number } | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const allowed = (organisation && assignable?.organisation?.id === organisation.id ? assignable.organisation.assignableRoles : null) ?? [];

  function chooseOrganisation(org: OrganisationOption | null) {
    setOrganisation(org);
    // Another organisation: its roles are asked for again, nothing chosen carries over.
    if (org?.id !== organisation?.id) setRoles([]);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSentTo(null);
    const local: Record<string, string[]> = {};
    if (!EMAIL.test(email.trim())) local.email = [t("invite.errors.email")];
    if (name.trim().length < 2 || name.trim().length > 200) local.name = [t("invite.errors.name")];
    if (!organisation) local.organisationId = [t("invite.errors.organisation")];
    if (roles.length === 0) local.roles = [t("invite.errors.roles")];
    setFieldErrors(local);
    if (Object.keys(local).length || !organisation) {
      setError({ message: t("errors.checkFields"), at: Date.now() });
      return;
    }
    const address = email.trim();
    try {
      await invite({ variables: { input: { email: address, name: name.trim(), organisationId: organisation.id, roles } } });
      setError(null);
      setFieldErrors({});
      setEmail("");
      setName("");
      setOrganisation(own);
      setRoles([]);
      setFormKey((k) => k + 1);
      setSentTo(address);
      onInvited?.(address);
    } catch (err) {
      const info = errorInfo(err);
      setFieldErrors(info.fields);
      setError({ message: info.message, at: Date.now() });
    }
  }

  const summary: SummaryItem[] = Object.entries(fieldErrors).flatMap(([field, msgs]) =>
    msgs.map((message) => ({ fieldId: FIELD_IDS[field] ?? "invite-email", message })),
  );

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("invite.heading")}</h2>
      <p>{t("invite.intro")}</p>
      <LiveStatus>{sentTo ? t("invite.sent", { email: sentTo }) : null}</LiveStatus>
      {error && <ErrorSummary message={error.message} items={summary} focusKey={error.at} />}
      <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
        <div className="form-grid">
          <TextField
            id="invite-email"
            label={t("invite.email")}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errors={fieldErrors.email}
            required
          />
          <TextField
            id="invite-name"
            label={t("invite.name")}
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            errors={fieldErrors.name}
            required
          />
        </div>
        {anyOrganisation ? (
          <OrganisationCombobox
            key={formKey}
            id="invite-organisation"
            label={t("invite.organisation")}
            value={organisation}
            onChange={chooseOrganisation}
            errors={fieldErrors.organisationId}
          />
        ) : (
          <p id="invite-organisation">{t("invite.ownOrganisation", { organisation: me.organisation.name })}</p>
        )}
        <RoleCheckboxes
          idPrefix="invite-roles"
          legend={t("invite.roles")}
          hint={organisation ? t("invite.rolesHint", { organisation: organisation.name }) : t("invite.rolesChooseOrg")}
          roles={allowed}
          value={roles}
          onChange={setRoles}
          errors={fieldErrors.roles}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("invite.submit")}
          </button>
          {loading && (
            <span className="inline-status" role="status" aria-live="polite">
              {t("invite.sending")}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
