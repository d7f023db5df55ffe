import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { Dialog } from "../../../app/ui/Dialog";
import { ErrorSummary, type SummaryItem } from "../../../app/ui/ErrorSummary";
import { CheckboxField, TextField } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { ErrorAlert } from "../../../app/ui/Messages";
import type { IdentityProviderQuery as ProviderData } from "../../../generated/graphql";
import { OrganisationCombobox, type OrganisationOption } from "../../organisations/components/OrganisationCombobox";
import { IdentityLinkRequests } from "../../users/components/IdentityLinkRequests";
import { IdentityProviderQuery, RemoveIdentityProviderMutation, SetIdentityProviderMutation } from "../operations";

type Settings = NonNullable<ProviderData["identityProvider"]>;

const FIELD_IDS: Record<string, string> = {
  issuer: "idp-issuer",
  clientId: "idp-client-id",
  clientSecret: "idp-client-secret",
  scopes: "idp-scopes",
  matchClaim: "idp-match-claim",
};

/**
 * Single sign-on of one organisation (platform administrator): its OpenID Connect provider, how
 * people are matched, and whether passwords are turned off. The client secret is never shown
 * again: the form says whether it is set, and a new one replaces it.
 */
export function IdentityProviderPanel() {
  const { t } = useTranslation();
  const [organisation, setOrganisation] = useState<OrganisationOption | null>(null);
  const { data, loading, error } = useQuery(IdentityProviderQuery, {
    variables: { organisationId: organisation?.id ?? "" },
    skip: !organisation,
  });

  return (
    <section aria-labelledby="idp-heading" className="section">
      <h2 id="idp-heading">{t("idp.heading")}</h2>
      <p>{t("idp.intro")}</p>
      <OrganisationCombobox id="idp-organisation" label={t("idp.organisation")} value={organisation} onChange={setOrganisation} />
      {organisation && (
        <div aria-busy={loading}>
          {loading && <Loading />}
          {error && <ErrorAlert>{errorInfo(error).message}</ErrorAlert>}
          {data && (
            <>
              <SettingsForm
                key={`${organisation.id}:${data.identityProvider?.updatedAt ?? "new"}`}
                organisation={organisation}
                settings={data.identityProvider ?? null}
              />
              {data.identityProvider && <IdentityLinkRequests organisationId={organisation.id} organisationName={organisation.name} />}
            </>
          )}
        </div>
      )}
    </section>
  );
}

function SettingsForm({ organisation, settings }: { organisation: OrganisationOption; settings: Settings | null }) {
  const { t } = useTranslation();
  const [issuer, setIssuer] = useState(settings?.issuer ?? "");
  const [clientId, setClientId] = useState(settings?.clientId ?? "");
  const [clientSecret, setClientSecret] = useState("");
  const [scopes, setScopes] = useState(settings?.scopes ?? "openid email profile");
  const [matchClaim, setMatchClaim] = useState(settings?.matchClaim ?? "email");
  const [passwordsOff, setPasswordsOff] = useState(settings?.passwordSignInDisabled ?? false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<{ message: string; at: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const refetch = { refetchQueries: ["IdentityProvider", "SignInProviders"] };
  const [save, { loading }] = useMutation(SetIdentityProviderMutation, refetch);
  const [remove, { loading: removingNow }] = useMutation(RemoveIdentityProviderMutation, refetch);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setStatus(null);
    const local: Record<string, string[]> = {};
    if (!/^https?:\/\/\S+$/.test(issuer.trim())) local.issuer = [t("idp.errors.issuer")];
    if (!clientId.trim()) local.clientId = [t("idp.errors.clientId")];
    if (!settings?.clientSecretSet && !clientSecret) local.clientSecret = [t("idp.errors.clientSecret")];
    setFieldErrors(local);
    if (Object.keys(local).length) {
      setError({ message: t("errors.checkFields"), at: Date.now() });
      return;
    }
    try {
      await save({
        variables: {
          input: {
            organisationId: organisation.id,
            issuer: issuer.trim(),
            clientId: clientId.trim(),
            clientSecret: clientSecret || null,
            scopes: scopes.trim() || null,
            matchClaim: matchClaim.trim() || null,
            passwordSignInDisabled: passwordsOff,
          },
        },
      });
      setError(null);
      setClientSecret("");
      setStatus(t("idp.saved", { organisation: organisation.name }));
    } catch (err) {
      const info = errorInfo(err);
      setFieldErrors(info.fields);
      setError({ message: info.message, at: Date.now() });
    }
  }

  async function confirmRemove() {
    try {
      await remove({ variables: { organisationId: organisation.id } });
      setRemoving(false);
    } catch (err) {
      setError({ message: errorInfo(err).message, at: Date.now() });
      setRemoving(false);
    }
  }

  const summary: SummaryItem[] = Object.entries(fieldErrors).flatMap(([field, msgs]) =>
    msgs.map((message) => ({ fieldId: FIELD_IDS[field] ?? "idp-issuer", message })),
  );

  return (
    <>
      <LiveStatus>{status}</LiveStatus>
      {error && <ErrorSummary message={error.message} items={summary} focusKey={error.at} />}
      <form className="form card" onSubmit={submit} noValidate aria-busy={loading}>
        <h3>{settings ? t("idp.editHeading", { organisation: organisation.name }) : t("idp.newHeading", { organisation: organisation.name })}</h3>
        <TextField
          id="idp-issuer"
          label={t("idp.issuer")}
          hint={t("idp.issuerHint")}
          type="url"
          spellCheck={false}
          value={issuer}
          onChange={(e) => setIssuer(e.target.value)}
          errors={fieldErrors.issuer}
          required
        />
        <TextField
          id="idp-client-id"
          label={t("idp.clientId")}
          spellCheck={false}
          autoComplete="off"
          value={clientId}
          onChange={(e) => setClientId(e.target.value)}
          errors={fieldErrors.clientId}
          required
        />
        <TextField
          id="idp-client-secret"
          label={t("idp.clientSecret")}
          hint={settings?.clientSecretSet ? t("idp.clientSecretSet") : t("idp.clientSecretHint")}
          type="password"
          autoComplete="new-password"
          value={clientSecret}
          onChange={(e) => setClientSecret(e.target.value)}
          errors={fieldErrors.clientSecret}
          required={!settings?.clientSecretSet}
        />
        <TextField
          id="idp-scopes"
          label={t("idp.scopes")}
          hint={t("idp.scopesHint")}
          spellCheck={false}
          value={scopes}
          onChange={(e) => setScopes(e.target.value)}
          errors={fieldErrors.scopes}
        />
        <TextField
          id="idp-match-claim"
          label={t("idp.matchClaim")}
          hint={t("idp.matchClaimHint")}
          spellCheck={false}
          value={matchClaim}
          onChange={(e) => setMatchClaim(e.target.value)}
          errors={fieldErrors.matchClaim}
        />
        <CheckboxField
          id="idp-passwords-off"
          label={t("idp.passwordsOff")}
          hint={t("idp.passwordsOffHint")}
          checked={passwordsOff}
          onChange={(e) => setPasswordsOff(e.target.checked)}
        />
        <p className="muted url-text">{t("idp.redirectUri", { uri: `${window.location.origin}/api/auth/oidc/callback` })}</p>
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("idp.save")}
          </button>
          {settings && (
            <button type="button" className="button button--danger-quiet" onClick={() => setRemoving(true)}>
              {t("idp.remove")}
            </button>
          )}
        </div>
      </form>
      <Dialog open={removing} title={t("idp.removeTitle", { organisation: organisation.name })} onClose={() => setRemoving(false)} initialFocus={cancelRef}>
        <p>{t("idp.removeBody")}</p>
        <div className="button-row">
          <button type="button" className="button button--danger" onClick={() => void confirmRemove()} disabled={removingNow}>
            {t("idp.remove")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRemoving(false)} ref={cancelRef}>
            {t("common.cancel")}
          </button>
        </div>
      </Dialog>
    </>
  );
}
