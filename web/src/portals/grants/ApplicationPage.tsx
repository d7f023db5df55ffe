import { useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { GrantApplicationFieldsFragment } from "../../generated/graphql";
import { ApplicationEditor } from "../../modules/grants/components/ApplicationEditor";
import { WithdrawApplication } from "../../modules/grants/components/WithdrawApplication";
import { GrantApplicationQuery, GrantCallQuery } from "../../modules/grants/operations";
import { ApplicationView } from "../../modules/grants/components/ApplicationView";

function focusHeading() {
  window.requestAnimationFrame(() => document.querySelector<HTMLElement>("#main h1")?.focus());
}

/**
 * /stimulansmedel/ansokningar/:id (and /ny?utlysning=ID): the applicant's form while it can be
 * edited, otherwise the application read-only with what the user may do with it.
 */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const isNew = id === "ny";
  const [notice, setNotice] = useState<string | null>(null);
  // The draft just created, until the page's own query has it: the form must not blink away.
  const created = useRef<GrantApplicationFieldsFragment | null>(null);
  const q = useQuery(GrantApplicationQuery, { variables: { id }, skip: isNew });
  const callId = isNew ? (search.get("utlysning") ?? "") : "";
  const callQ = useQuery(GrantCallQuery, { variables: { id: callId }, skip: !isNew || !callId });
  const app = isNew ? null : (q.data?.grantApplication ?? (created.current?.id === id ? created.current : null));
  const canApply = !!callQ.data?.grantCall.availableActions.includes("APPLY");
  const editing = isNew ? canApply : !!app?.availableActions.includes("EDIT");
  const heading = editing
    ? t(isNew || app?.status === "DRAFT" ? "grants.application.newTitle" : "grants.application.completeTitle")
    : app?.title || t("grants.application.untitled");
  useDocumentTitle(app || isNew ? heading : t("grants.application.title"));

  const failed = isNew
    ? !callId
      ? t("grants.application.noCall")
      : callQ.error
        ? errorInfo(callQ.error).message
        : null
    : q.error && !app
      ? errorInfo(q.error).message
      : null;
  if (failed || (!isNew && !app) || (isNew && !callQ.data)) {
    return (
      <>
        <h1>{t("grants.application.title")}</h1>
        {failed ? <ErrorAlert>{failed}</ErrorAlert> : <Loading />}
      </>
    );
  }
  const call = isNew ? callQ.data!.grantCall : app!.call;
  if (isNew && !callQ.data!.grantCall.availableActions.includes("APPLY")) {
    return (
      <>
        <h1>{t("grants.application.title")}</h1>
        <ErrorAlert>{t("grants.application.notOpen", { title: call.title })}</ErrorAlert>
        <p>
          <Link to="/stimulansmedel">{t("areas.grants.name")}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/stimulansmedel">{t("areas.grants.name")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link to={`/stimulansmedel/utlysningar/${call.id}`}>{call.title}</Link>
      </p>
      <h1>{heading}</h1>
      <LiveStatus>{notice}</LiveStatus>
      {editing ? (
        <ApplicationEditor
          key="editor"
          app={app}
          callId={call.id}
          onCreated={(draft) => {
            created.current = draft;
            // The address becomes the draft's own, so reloading the page keeps working; focus stays where the applicant types.
            void navigate(`/stimulansmedel/ansokningar/${draft.id}`, { replace: true, state: { keepFocus: true } });
          }}
          onSaved={setNotice}
          onSubmitted={(submitted) => {
            setNotice(t("grants.form.submitted", { diarienummer: submitted.diarienummer }));
            focusHeading();
          }}
        />
      ) : (
        <ApplicationView app={app!} onNotice={setNotice} />
      )}
      {editing && app && app.status === "COMPLETION_REQUESTED" && app.availableActions.includes("WITHDRAW") && (
        <WithdrawApplication app={app} onDone={setNotice} />
      )}
    </>
  );
}
