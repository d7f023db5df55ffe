import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { SelectField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { GrantProgramme, LetterTemplateKind } from "../../generated/graphql";
import { LetterTemplateEditor } from "../../modules/letter-templates/components/LetterTemplateEditor";
import { LetterTemplateApplicationsQuery, LetterTemplateCallsQuery, LetterTemplateQuery } from "../../modules/letter-templates/operations";

const KINDS: LetterTemplateKind[] = [
  "DECISION_LETTER",
  "DECISION_CONDITIONS",
  "APPEAL_INFORMATION",
  "DECISION_EMAIL",
  "RECLAIM_LETTER",
  "RECLAIM_EMAIL",
  "FOLLOW_UP_COMPLETION_EMAIL",
];
const PROGRAMMES: GrantProgramme[] = ["SARSKILDA_STIMULANSMEDEL", "UTVECKLINGSMEDEL"];

/** Brevmallar (/stimulansmedel/brevmallar): the decision letters' and e-mails' templates per programme and call. */
export function LetterTemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("grants.letterTemplates.title"));
  const [kind, setKind] = useState<LetterTemplateKind>("DECISION_LETTER");
  const [programme, setProgramme] = useState<GrantProgramme>("SARSKILDA_STIMULANSMEDEL");
  const [callId, setCallId] = useState("");
  const variables = { kind, programme, callId: callId || null };
  const { data, error } = useQuery(LetterTemplateQuery, { variables, fetchPolicy: "cache-and-network" });
  const calls = useQuery(LetterTemplateCallsQuery, { variables: { programme } });
  const apps = useQuery(LetterTemplateApplicationsQuery, { variables: { callId: callId || null }, skip: !callId });
  const applications = (apps.data?.grantApplications.items ?? [])
    .filter((a) => a.decidedAt)
    .map((a) => ({ id: a.id, label: `${a.diarienummer ?? ""} ${a.title}`.trim() }));
  const current = data && data.letterTemplate.kind === kind && data.letterTemplate.programme === programme && (data.letterTemplate.callId ?? "") === callId;
  return (
    <div>
      <h1>{t("grants.letterTemplates.title")}</h1>
      <p className="lead">{t("grants.letterTemplates.intro")}</p>
      <div className="form card lt-scope" role="group" aria-label={t("grants.letterTemplates.scopeLabel")}>
        <SelectField id="lt-kind" label={t("grants.letterTemplates.kindLabel")} value={kind} onChange={(e) => setKind(e.target.value as LetterTemplateKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`grants.letterTemplates.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="lt-programme"
          label={t("grants.letterTemplates.programmeLabel")}
          value={programme}
          onChange={(e) => {
            setProgramme(e.target.value as GrantProgramme);
            setCallId("");
          }}
        >
          {PROGRAMMES.map((p) => (
            <option key={p} value={p}>
              {t(`grants.letterTemplates.programme.${p}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="lt-call"
          label={t("grants.letterTemplates.callLabel")}
          hint={t("grants.letterTemplates.callHint")}
          value={callId}
          onChange={(e) => setCallId(e.target.value)}
        >
          <option value="">{t("grants.letterTemplates.wholeProgramme")}</option>
          {(calls.data?.grantCalls ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.title.includes(String(c.year)) ? c.title : `${c.title} (${c.year})`}
            </option>
          ))}
        </SelectField>
      </div>
      {error && !data && <ErrorAlert>{errorInfo(error).message}</ErrorAlert>}
      {!current && !error && <Loading />}
      {current && (
        <LetterTemplateEditor
          key={`${kind}:${programme}:${callId}`}
          scope={data.letterTemplate}
          versions={data.letterTemplateVersions}
          variables={variables}
          applications={applications}
        />
      )}
    </div>
  );
}
