import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { CheckboxField, TextAreaField, TextField } from "../../app/ui/Field";
import { FormErrorSummary } from "../../app/ui/FormErrorSummary";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { useFormErrors } from "../../app/ui/useFormErrors";
import type { AllMethodsQuery as AllMethodsData } from "../../generated/graphql";
import { AllMethodsQuery, SaveMethodMutation } from "../../modules/county-work/operations";

type Method = AllMethodsData["methods"][number];

/** Metoder och material (/admin/metoder): the reference list länsstyrelser choose from; added to, renamed, taken out of use. */
export function MethodsAdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("adminMethods.title"));
  const query = useQuery(AllMethodsQuery);
  return (
    <div>
      <h1>{t("adminMethods.title")}</h1>
      <p className="lead">{t("adminMethods.intro")}</p>
      {query.error && !query.data && <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>}
      {!query.data && !query.error && <Loading />}
      <h2>{t("adminMethods.newHeading")}</h2>
      <MethodForm method={null} />
      {query.data && (
        <>
          <h2>{t("adminMethods.listHeading")}</h2>
          {query.data.methods.map((m) => (
            <MethodForm key={m.id} method={m} />
          ))}
        </>
      )}
    </div>
  );
}

function MethodForm({ method }: { method: Method | null }) {
  const { t } = useTranslation();
  const prefix = `method-${method?.id ?? "new"}`;
  const [v, setV] = useState({ name: method?.name ?? "", description: method?.description ?? "", active: method?.active ?? true });
  const [done, setDone] = useState("");
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(SaveMethodMutation, { refetchQueries: ["AllMethods"] });
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!errors.check(v.name.trim().length >= 2 ? {} : { name: [t("adminMethods.nameRequired")] })) return;
    try {
      await save({ variables: { input: { id: method?.id, name: v.name.trim(), description: v.description, active: v.active } } });
      errors.clear();
      setDone(t("adminMethods.saved", { name: v.name.trim() }));
      if (!method) setV({ name: "", description: "", active: true });
    } catch (err) {
      errors.fail(err);
    }
  }
  return (
    <form
      className="form card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-busy={loading}
      aria-label={method ? method.name : t("adminMethods.newHeading")}
    >
      <FormErrorSummary
        failure={errors.failure}
        idFor={(path) => (["name", "description"].includes(path) ? `${prefix}-${path}` : undefined)}
        fallbackId={`${prefix}-name`}
      />
      <TextField
        id={`${prefix}-name`}
        label={`${t("adminMethods.name")}${t("adminMethods.required")}`}
        value={v.name}
        onChange={(e) => setV({ ...v, name: e.target.value })}
        errors={errors.of("name")}
        aria-required
      />
      <TextAreaField
        id={`${prefix}-description`}
        label={t("adminMethods.description")}
        rows={2}
        value={v.description}
        onChange={(e) => setV({ ...v, description: e.target.value })}
        errors={errors.of("description")}
      />
      <CheckboxField id={`${prefix}-active`} label={t("adminMethods.active")} checked={v.active} onChange={(e) => setV({ ...v, active: e.target.checked })} />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {method ? t("adminMethods.save") : t("adminMethods.add")}
        </button>
        <span className="inline-status" role="status">
          {loading ? t("adminMethods.saving") : done}
        </span>
      </div>
    </form>
  );
}
