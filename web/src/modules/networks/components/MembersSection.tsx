import { useApolloClient, useMutation } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { useMe } from "../../../app/session";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { Email } from "../../../app/ui/Email";
import { TextField } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import type { NetworkMemberFieldsFragment, NetworkQuery as NetworkData, OrganisationKind } from "../../../generated/graphql";
import { OrganisationCombobox, type OrganisationOption } from "../../organisations/components/OrganisationCombobox";
import { Pager } from "../../../app/ui/Pager";
import { AddNetworkMembersMutation, OrganisationIdsQuery, RemoveNetworkMembersMutation } from "../operations";
import { ContactsDialog } from "./ContactsDialog";

type Network = NetworkData["network"];

/** Members shown a page at a time. */
const PAGE_SIZE = 20;

/**
 * The member organisations with their contact persons, a page at a time; the convener adds
 * members, and ticks members to remove them in one step after a confirmation naming how many.
 */
export function MembersSection({ network }: { network: Network }) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useApolloClient();
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<OrganisationOption | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [pickError, setPickError] = useState<string[] | undefined>();
  const [busy, setBusy] = useState<"one" | "kommuner" | "regioner" | null>(null);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [confirming, setConfirming] = useState(false);
  const [selectError, setSelectError] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<NetworkMemberFieldsFragment | null>(null);
  const [filter, setFilter] = useState("");
  const [addMembers] = useMutation(AddNetworkMembersMutation);
  const [removeMembers, { loading: removeBusy }] = useMutation(RemoveNetworkMembersMutation);

  const memberIds = useMemo(() => new Set(network.members.map((m) => m.organisation.id)), [network.members]);
  const matching = network.members.filter((m) => m.organisation.name.toLowerCase().includes(filter.trim().toLowerCase()));
  // A page past the end (after removals or a narrower search) shows the last page instead.
  const start = offset < matching.length ? offset : Math.max(0, Math.floor((matching.length - 1) / PAGE_SIZE) * PAGE_SIZE);
  const shown = matching.slice(start, start + PAGE_SIZE);
  const chosen = network.members.filter((m) => selected.has(m.organisation.id));
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
    setSelectError(null);
  };
  const countyName = network.convener.county?.name;

  async function add(ids: string[], kind: "one" | "kommuner" | "regioner", alreadyKey: string, name?: string) {
    setError(null);
    setStatus("");
    const fresh = ids.filter((id) => !memberIds.has(id) && id !== network.convener.id);
    if (fresh.length === 0) {
      setStatus(t(alreadyKey, { organisation: name }));
      return;
    }
    setBusy(kind);
    try {
      await addMembers({ variables: { networkId: network.id, organisationIds: fresh } });
      setStatus(kind === "one" && name ? t("networks.members.addedOne", { organisation: name }) : t("networks.members.added", { count: fresh.length }));
      if (kind === "one") {
        setPicked(null);
        setPickerKey((k) => k + 1);
      }
    } catch (err) {
      setError(errorInfo(err).message);
    } finally {
      setBusy(null);
    }
  }

  async function addAll(kinds: OrganisationKind[], countyCode: string | null, kind: "kommuner" | "regioner") {
    setError(null);
    setStatus("");
    setBusy(kind);
    try {
      const res = await client.query({ query: OrganisationIdsQuery, variables: { kinds, countyCode, limit: 200 }, fetchPolicy: "network-only" });
      setBusy(null);
      await add(
        (res.data?.organisations.items ?? []).map((o) => o.id),
        kind,
        kind === "kommuner" ? "networks.members.allKommunerAlready" : "networks.members.allRegionerAlready",
      );
    } catch (err) {
      setBusy(null);
      setError(errorInfo(err).message);
    }
  }

  async function confirmRemove() {
    setRemoveError(null);
    try {
      await removeMembers({ variables: { networkId: network.id, organisationIds: chosen.map((m) => m.organisation.id) } });
      setStatus(t("networks.members.removedMany", { count: chosen.length }));
      setSelected(new Set());
      setConfirming(false);
    } catch (err) {
      setRemoveError(errorInfo(err).message);
    }
  }

  return (
    <section className="section" aria-labelledby="nw-members">
      <h2 id="nw-members">{t("networks.members.heading")}</h2>
      <LiveStatus>{status}</LiveStatus>
      {error && <ErrorAlert>{error}</ErrorAlert>}

      {network.isConvener && (
        <div className="card nw-add-members">
          <h3 className="nw-card-heading">{t("networks.members.addHeading")}</h3>
          <div className="nw-inline-form">
            <OrganisationCombobox
              key={pickerKey}
              id="nw-add-org"
              label={t("networks.members.addOrganisation")}
              value={picked}
              onChange={(o) => {
                setPicked(o);
                setPickError(undefined);
              }}
              errors={pickError}
            />
            <div className="button-row nw-inline-form__buttons">
              <button
                type="button"
                className="button"
                disabled={busy !== null}
                onClick={() => {
                  if (!picked) {
                    setPickError([t("networks.members.pickFirst")]);
                    document.getElementById("nw-add-org")?.focus();
                    return;
                  }
                  void add([picked.id], "one", "networks.members.alreadyMember", picked.name);
                }}
              >
                {t("networks.members.add")}
              </button>
            </div>
          </div>
          <p className="nw-or">{t("networks.members.orMany")}</p>
          <div className="button-row nw-bulk">
            {network.convener.countyCode && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy !== null}
                onClick={() => void addAll(["KOMMUN"], network.convener.countyCode!, "kommuner")}
                aria-describedby="nw-bulk-hint"
              >
                {t("networks.members.addAllKommuner")}
              </button>
            )}
            <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void addAll(["REGION"], null, "regioner")}>
              {t("networks.members.addAllRegioner")}
            </button>
            {busy && (
              <span className="inline-status" role="status">
                {t("networks.members.adding")}
              </span>
            )}
          </div>
          {network.convener.countyCode && (
            <p className="field__hint nw-bulk-hint" id="nw-bulk-hint">
              {t("networks.members.allKommunerHint", { county: countyName ?? network.convener.countyCode })}
            </p>
          )}
        </div>
      )}

      {network.members.length === 0 ? (
        <EmptyState>{network.isConvener ? t("networks.members.emptyConvener") : t("networks.members.empty")}</EmptyState>
      ) : (
        <>
          {network.members.length > 8 && (
            <div className="search-form">
              <TextField
                id="nw-member-filter"
                type="search"
                label={t("networks.members.filter")}
                value={filter}
                onChange={(e) => {
                  setFilter(e.target.value);
                  setOffset(0);
                }}
                autoComplete="off"
              />
            </div>
          )}
          {network.isConvener && (
            <div className="card nw-bulk-bar" role="group" aria-labelledby="nw-members-bulk-label">
              <p id="nw-members-bulk-label" className="nw-bulk-bar__label">
                {t("networks.members.selectedCount", { count: chosen.length, total: network.members.length })}
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--danger-quiet"
                  onClick={() => {
                    setStatus("");
                    if (!chosen.length) {
                      setSelectError(t("networks.members.chooseFirst"));
                      return;
                    }
                    setRemoveError(null);
                    setConfirming(true);
                  }}
                >
                  {t("networks.members.removeSelected")}
                </button>
                {chosen.length > 0 && (
                  <button type="button" className="button button--quiet" onClick={() => setSelected(new Set())}>
                    {t("networks.members.clearSelection")}
                  </button>
                )}
              </div>
              {selectError && <ErrorAlert>{selectError}</ErrorAlert>}
            </div>
          )}
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nw-members-caption">
            <table className="table">
              <caption id="nw-members-caption">
                {filter.trim()
                  ? t("networks.members.captionFiltered", { count: matching.length, total: network.members.length })
                  : t("networks.members.caption", { count: network.members.length })}
              </caption>
              <thead>
                <tr>
                  {network.isConvener && (
                    <th scope="col" className="nw-check-cell">
                      <label className="visually-hidden" htmlFor="nw-members-page">
                        {t("networks.members.selectPage")}
                      </label>
                      <input
                        id="nw-members-page"
                        type="checkbox"
                        checked={shown.length > 0 && shown.every((m) => selected.has(m.organisation.id))}
                        onChange={(e) =>
                          toggle(
                            shown.map((m) => m.organisation.id),
                            e.target.checked,
                          )
                        }
                      />
                    </th>
                  )}
                  <th scope="col">{t("networks.members.organisation")}</th>
                  <th scope="col">{t("networks.members.kind")}</th>
                  <th scope="col">{t("networks.members.contacts")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("networks.members.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((m) => {
                  const own = m.organisation.id === me.organisation.id;
                  return (
                    <tr key={m.organisation.id}>
                      {network.isConvener && (
                        <td className="nw-check-cell">
                          <label className="visually-hidden" htmlFor={`nw-member-${m.organisation.id}-select`}>
                            {t("networks.members.select", { organisation: m.organisation.name })}
                          </label>
                          <input
                            id={`nw-member-${m.organisation.id}-select`}
                            type="checkbox"
                            checked={selected.has(m.organisation.id)}
                            onChange={(e) => toggle([m.organisation.id], e.target.checked)}
                          />
                        </td>
                      )}
                      <th scope="row">
                        {m.organisation.name}
                        {m.coConvener && <span className="tag nw-tag-inline">{t("networks.members.coConvener")}</span>}
                      </th>
                      <td>{t(`organisationKinds.${m.organisation.kind}`)}</td>
                      <td>
                        {m.contacts.length === 0 ? (
                          <span className="muted">{t("networks.members.noContacts")}</span>
                        ) : (
                          <ul className="nw-plain-list">
                            {m.contacts.map((c) => (
                              <li key={c.id}>
                                {c.name}
                                {c.title ? `, ${c.title}` : ""} <Email address={c.email} />
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        <div className="actions">
                          {(network.isConvener || own) && (
                            <button type="button" className="button button--secondary button--small" onClick={() => setEditing(m)}>
                              {t("networks.members.editContacts")}
                              <span className="visually-hidden"> {t("networks.members.forOrganisation", { organisation: m.organisation.name })}</span>
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager label={t("networks.members.pager")} offset={start} limit={PAGE_SIZE} total={matching.length} onChange={setOffset} />
          {matching.length === 0 && <EmptyState>{t("networks.members.noMatches", { search: filter.trim() })}</EmptyState>}
        </>
      )}

      <ConfirmDialog
        open={confirming}
        title={t("networks.members.removeManyTitle", { count: chosen.length })}
        confirmLabel={t("networks.members.removeManyConfirm", { count: chosen.length })}
        danger
        busy={removeBusy}
        error={removeError}
        onConfirm={() => void confirmRemove()}
        onClose={() => {
          setConfirming(false);
          setRemoveError(null);
        }}
      >
        <p>{t("networks.members.removeManyBody", { count: chosen.length })}</p>
        <ul className="nw-plain-list nw-confirm-list">
          {chosen.map((m) => (
            <li key={m.organisation.id}>{m.organisation.name}</li>
          ))}
        </ul>
      </ConfirmDialog>
      <ContactsDialog
        networkId={network.id}
        member={editing}
        onClose={() => setEditing(null)}
        onSaved={(message) => {
          setEditing(null);
          setStatus(message);
        }}
      />
    </section>
  );
}
