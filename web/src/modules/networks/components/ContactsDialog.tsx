import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../../app/ui/Dialog";
import { TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { NetworkMemberFieldsFragment } from "../../../generated/graphql";
import { SetNetworkContactsMutation } from "../operations";

interface ContactRow {
  key: number;
  name: string;
  email: string;
  title: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
let nextKey = 1;

interface Props {
  networkId: string;
  /** The member whose contacts are edited; null keeps the dialog closed. */
  member: NetworkMemberFieldsFragment | null;
  onClose(): void;
  onSaved(message: string): void;
}

/** A member organisation names the people who receive the network's invitations and minutes. */
export function ContactsDialog({ networkId, member, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={!!member} title={member ? t("networks.contacts.dialogTitle", { organisation: member.organisation.name }) : ""} onClose={onClose}>
      {member && <ContactsForm key={member.organisation.id} networkId={networkId} member={member} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

function ContactsForm({ networkId, member, onClose, onSaved }: Props & { member: NetworkMemberFieldsFragment }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<ContactRow[]>(() =>
    member.contacts.length
      ? member.contacts.map((c) => ({ key: nextKey++, name: c.name, email: c.email, title: c.title ?? "" }))
      : [{ key: nextKey++, name: "", email: "", title: "" }],
  );
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(SetNetworkContactsMutation, { refetchQueries: ["Network"], awaitRefetchQueries: true });
  const org = member.organisation.name;
  const set = (key: number, patch: Partial<ContactRow>) => setRows((old) => old.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const idFor = (path: string) => {
    const m = /^(?:contacts\.)?(\d+)\.(name|email|title)$/.exec(path);
    return m && rows[Number(m[1])] ? `nw-contact-${rows[Number(m[1])].key}-${m[2]}` : undefined;
  };
  const of = (i: number, field: string) => errors.of(`contacts.${i}.${field}`) ?? errors.of(`${i}.${field}`);

  async function submit(e: FormEvent) {
    e.preventDefault();
    // Rows left completely empty are simply not saved.
    const filled = rows.filter((r) => r.name.trim() || r.email.trim() || r.title.trim());
    const local: Record<string, string[]> = {};
    rows.forEach((r, i) => {
      if (!filled.includes(r)) return;
      if (r.name.trim().length < 2) local[`contacts.${i}.name`] = [t("networks.contacts.nameRequired")];
      if (!EMAIL.test(r.email.trim())) local[`contacts.${i}.email`] = [t("networks.contacts.emailInvalid")];
    });
    if (!errors.check(local)) return;
    try {
      await save({
        variables: {
          networkId,
          organisationId: member.organisation.id,
          contacts: filled.map((r) => ({ name: r.name.trim(), email: r.email.trim(), title: r.title.trim() || null })),
        },
      });
      onSaved(t("networks.contacts.saved", { organisation: org }));
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
      <p>{t("networks.contacts.intro")}</p>
      <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId={`nw-contact-${rows[0]?.key}-name`} />
      {rows.length === 0 && <p className="muted">{t("networks.contacts.noneLeft")}</p>}
      {rows.map((r, i) => (
        <fieldset key={r.key} className="fieldset nw-row-group">
          <legend>{t("networks.contacts.person", { number: i + 1 })}</legend>
          <TextField
            id={`nw-contact-${r.key}-name`}
            label={t("networks.contacts.name")}
            autoComplete="off"
            value={r.name}
            onChange={(e) => set(r.key, { name: e.target.value })}
            errors={of(i, "name")}
          />
          <TextField
            id={`nw-contact-${r.key}-email`}
            type="email"
            label={t("networks.contacts.email")}
            autoComplete="off"
            value={r.email}
            onChange={(e) => set(r.key, { email: e.target.value })}
            errors={of(i, "email")}
          />
          <TextField
            id={`nw-contact-${r.key}-title`}
            label={t("networks.contacts.title")}
            autoComplete="off"
            value={r.title}
            onChange={(e) => set(r.key, { title: e.target.value })}
            errors={of(i, "title")}
          />
          <button type="button" className="button button--danger-quiet button--small" onClick={() => setRows((old) => old.filter((x) => x.key !== r.key))}>
            {t("networks.contacts.remove")}
            <span className="visually-hidden"> {t("networks.contacts.person", { number: i + 1 })}</span>
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => setRows((old) => [...old, { key: nextKey++, name: "", email: "", title: "" }])}
      >
        {t("networks.contacts.add")}
      </button>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("networks.contacts.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("common.cancel")}
        </button>
        {loading && (
          <span className="inline-status" role="status">
            {t("common.saving")}
          </span>
        )}
      </div>
    </form>
  );
}
