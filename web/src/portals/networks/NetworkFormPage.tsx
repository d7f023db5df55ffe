import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { ForbiddenPage } from "../../app/guards";
import { RadioGroup, SelectField, TextAreaField, TextField } from "../../app/ui/Field";
import { FormErrorSummary } from "../../app/ui/FormErrorSummary";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { useFormErrors } from "../../app/ui/useFormErrors";
import type { NetworkQuery as NetworkData, NetworkKind, NetworkTopic } from "../../generated/graphql";
import { NetworkQuery, SaveNetworkMutation } from "../../modules/networks/operations";
import { TOPICS } from "../../modules/networks/topics";
import { Breadcrumbs } from "../../modules/networks/components/Breadcrumbs";

const FIELDS = ["name", "topic", "kind", "description"];
const idFor = (path: string) => (FIELDS.includes(path) ? `nw-form-${path}` : undefined);

/** "Nytt nätverk" (/natverk/nytt) and "Ändra nätverket" (/natverk/:id/andra). */
export function NetworkFormPage() {
  const { networkId } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(NetworkQuery, { variables: { id: networkId ?? "" }, skip: !networkId });
  useDocumentTitle(networkId ? t("networks.form.editTitle") : t("networks.form.newTitle"));
  if (!networkId) return <NetworkForm network={null} />;
  const network = existing.data?.network;
  if (existing.error && !network) {
    return (
      <div className="nw">
        <h1>{t("networks.form.editTitle")}</h1>
        <ErrorAlert>{errorInfo(existing.error).message}</ErrorAlert>
      </div>
    );
  }
  if (!network) return <Loading />;
  if (!network.isConvener) return <ForbiddenPage />;
  return <NetworkForm key={network.id} network={network} />;
}

function NetworkForm({ network }: { network: NetworkData["network"] | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [v, setV] = useState({
    name: network?.name ?? "",
    topic: (network?.topic ?? "") as NetworkTopic | "",
    kind: (network?.kind ?? "NETWORK") as NetworkKind,
    description: network?.description ?? "",
  });
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(SaveNetworkMutation, { refetchQueries: ["Networks"] });
  const title = network ? t("networks.form.editTitle") : t("networks.form.newTitle");

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (v.name.trim().length < 3) local.name = [t("networks.form.nameRequired")];
    if (!v.topic) local.topic = [t("networks.form.topicRequired")];
    if (!errors.check(local)) return;
    try {
      const res = await save({
        variables: { input: { id: network?.id, name: v.name.trim(), topic: v.topic as NetworkTopic, kind: v.kind, description: v.description } },
      });
      const id = res.data!.saveNetwork.id;
      void navigate(`/natverk/${id}`, { state: { flash: network ? t("networks.form.saved") : t("networks.form.created") } });
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <div className="nw nw-narrow">
      <Breadcrumbs items={[{ to: "/natverk", label: t("networks.list.title") }, ...(network ? [{ to: `/natverk/${network.id}`, label: network.name }] : [])]} />
      <h1>{title}</h1>
      {!network && <p className="lead">{t("networks.form.intro")}</p>}
      <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="nw-form-name" />
        <TextField
          id="nw-form-name"
          label={t("networks.form.name")}
          value={v.name}
          onChange={(e) => setV({ ...v, name: e.target.value })}
          errors={errors.of("name")}
          autoComplete="off"
        />
        <SelectField
          id="nw-form-topic"
          label={t("networks.topic")}
          value={v.topic}
          onChange={(e) => setV({ ...v, topic: e.target.value as NetworkTopic })}
          errors={errors.of("topic")}
        >
          <option value="">{t("networks.form.chooseTopic")}</option>
          {TOPICS.map((tp) => (
            <option key={tp} value={tp}>
              {t(`networks.topics.${tp}`)}
            </option>
          ))}
        </SelectField>
        <RadioGroup
          id="nw-form-kind"
          legend={t("networks.form.kind")}
          hint={t("networks.form.kindHint")}
          value={v.kind}
          onChange={(kind) => setV({ ...v, kind })}
          options={(["NETWORK", "LANSSAMVERKAN"] as NetworkKind[]).map((k) => ({ value: k, label: t(`networks.kinds.${k}`) }))}
          errors={errors.of("kind")}
        />
        <TextAreaField
          id="nw-form-description"
          label={t("networks.form.description")}
          hint={t("networks.form.descriptionHint")}
          rows={5}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.target.value })}
          errors={errors.of("description")}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {network ? t("networks.form.save") : t("networks.form.create")}
          </button>
          <Link to={network ? `/natverk/${network.id}` : "/natverk"} className="button button--secondary">
            {t("common.cancel")}
          </Link>
          {loading && (
            <span className="inline-status" role="status">
              {t("common.saving")}
            </span>
          )}
        </div>
      </form>
    </div>
  );
}
